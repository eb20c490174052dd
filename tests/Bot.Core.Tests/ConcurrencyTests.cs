using Bot.Core.Authentication;
using Bot.Core.Hosting;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Testing;

namespace Bot.Core.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task FiftyConversationsTimesTenMessages_NoUpdateIsLostOrReordered()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var log = state.CreateProperty("log", ConcurrencyJson.Default.ListString);
        var gate = new ConversationGate();
        var adapter = new CloudAdapter(new AnonymousChannelAuthenticator(), new RecordingConnector(), [], new ResetConversationErrorHandler(state, new RecordingLogger<ResetConversationErrorHandler>()), gate, new RecordingLogger<CloudAdapter>());

        // Read-modify-write with a yield in the middle: without per-conversation turns this loses updates.
        async Task Turn(Bot.Core.Turns.ITurnContext turn, CancellationToken ct)
        {
            var entries = await log.GetAsync(turn, () => [], ct);
            await Task.Yield();
            entries.Add(turn.Activity.Text!);
            await state.SaveChangesAsync(turn, false, ct);
        }

        var turns = new List<Task<TurnOutcome>>();
        for (var message = 0; message < 10; message++)
        {
            for (var conversation = 0; conversation < 50; conversation++)
            {
                var activity = new Activity
                {
                    Type = ActivityTypes.Message,
                    ChannelId = Channels.DirectLine,
                    ServiceUrl = "http://localhost:1",
                    Conversation = new ConversationAccount($"c{conversation}"),
                    From = new ChannelAccount("u"),
                    Recipient = new ChannelAccount("b"),
                    Text = message.ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                turns.Add(Task.Run(() => adapter.ProcessActivityAsync(null, activity, Turn, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken));
                await Task.Yield();
            }
        }

        await Task.WhenAll(turns);

        var expected = Enumerable.Range(0, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (var conversation = 0; conversation < 50; conversation++)
        {
            var stored = await storage.ReadAsync([$"directline/conversations/c{conversation}"], TestContext.Current.CancellationToken);
            var entries = stored.Values.Single().Value.GetProperty("log").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.Equal(10, entries.Count);
            Assert.Equal(expected.Order(), entries.Order());
        }

        Assert.Equal(0, gate.ActiveConversations);
    }

    [Fact]
    public async Task Gate_SameConversation_RunsOneTurnAtATimeInArrivalOrder()
    {
        var gate = new ConversationGate();
        var order = new List<int>();
        var first = await gate.EnterAsync("k", TestContext.Current.CancellationToken);
        var waiting = Enumerable.Range(1, 5).Select(async i =>
        {
            using var lease = await gate.EnterAsync("k", TestContext.Current.CancellationToken);
            order.Add(i);
        }).ToList();

        Assert.Empty(order);
        first.Dispose();
        await Task.WhenAll(waiting);

        Assert.Equal([1, 2, 3, 4, 5], order);
    }

    [Fact]
    public async Task Gate_DifferentConversations_DoNotWaitForEachOther()
    {
        var gate = new ConversationGate();
        using var a = await gate.EnterAsync("a", TestContext.Current.CancellationToken);

        var b = gate.EnterAsync("b", TestContext.Current.CancellationToken);

        Assert.True(b.IsCompletedSuccessfully);
        (await b).Dispose();
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(List<string>))]
internal sealed partial class ConcurrencyJson : System.Text.Json.Serialization.JsonSerializerContext;
