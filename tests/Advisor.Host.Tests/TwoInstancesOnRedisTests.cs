using System.Net;
using System.Text.Json.Serialization;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Core.Turns;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Host.Tests;

/// <summary>
/// Two real hosts on one Redis (issue 14): messages of one conversation arrive at both, one after another
/// and in simultaneous bursts. Every message must be answered once, from state that saw every earlier
/// turn: no 5xx, no lost update, no reply twice, replies in the order the turns ran.
/// </summary>
public sealed class TwoInstancesOnRedisTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const int Conversations = 50;
    private const int MessagesPerConversation = 10;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConversationsSpreadOverTwoInstances_KeepEveryMessageInOrderWithOneReplyEach()
    {
        redis.EnsureAvailable();
        string[] settings = ["--Storage:Provider=Redis", $"--Storage:Redis:ConnectionString={redis.ConnectionString}", $"--Storage:Redis:KeyPrefix=two-{Guid.NewGuid():N}:"];
        await using var first = await BotHost.StartAsync(Ct, services => services.AddSingleton<IBot, EchoHistoryBot>(), settings);
        await using var second = await BotHost.StartAsync(Ct, services => services.AddSingleton<IBot, EchoHistoryBot>(), settings);

        var replies = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(c => TalkAsync(first, second, $"conversation-{c}")));

        Assert.All(replies, AssertOneConsistentHistory);
    }

    /// <summary>Messages 1-4 alternate between the hosts one at a time; 5-10 go in pairs, one to each host at once.</summary>
    private static async Task<List<string>> TalkAsync(BotHost first, BotHost second, string conversationId)
    {
        var replies = new List<string>();
        for (var n = 1; n <= 4; n++)
        {
            replies.Add(await SayAsync(n % 2 == 1 ? first : second, conversationId, n));
        }

        for (var n = 5; n <= MessagesPerConversation; n += 2)
        {
            replies.AddRange(await Task.WhenAll(SayAsync(first, conversationId, n), SayAsync(second, conversationId, n + 1)));
        }

        return replies;
    }

    private static void AssertOneConsistentHistory(List<string> replies)
    {
        // Each reply is the history its turn saw. Turns ran one at a time, so the histories are the prefixes
        // of the longest one, each exactly once; the one-at-a-time messages come in the order they were sent.
        var final = replies.MaxBy(r => r.Length)!.Split(',');
        Assert.Equal(Enumerable.Range(1, MessagesPerConversation).Select(n => $"m{n}").Order(), final.Order());
        Assert.Equal(["m1", "m2", "m3", "m4"], final[..4]);
        var prefixes = Enumerable.Range(1, MessagesPerConversation).Select(length => string.Join(',', final[..length]));
        Assert.Equal(prefixes.Order(), replies.Order());
    }

    private static async Task<string> SayAsync(BotHost host, string conversationId, int n)
    {
        using var response = await host.Client.PostAsync("/api/messages", EmulatorMessage.ExpectReplies(conversationId, "user-" + conversationId, $"m{n}", $"{conversationId}-{n}"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await EmulatorMessage.RepliesAsync(response, Ct));
        return (string)reply!["text"]!;
    }

    /// <summary>Appends each message to the conversation's history and replies with the whole history.</summary>
    private sealed class EchoHistoryBot(ConversationState conversationState) : IBot
    {
        private readonly StatePropertyAccessor<History> _history = conversationState.CreateProperty("history", HistoryJsonContext.Default.History);

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            if (turnContext.Activity.Type != ActivityTypes.Message)
            {
                return;
            }

            var history = await _history.GetAsync(turnContext, () => new History(), cancellationToken);
            history.Messages.Add(turnContext.Activity.Text!);
            await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = string.Join(",", history.Messages) }, cancellationToken);
        }
    }
}

internal sealed class History
{
    public List<string> Messages { get; init; } = [];
}

[JsonSerializable(typeof(History))]
internal sealed partial class HistoryJsonContext : JsonSerializerContext;
