using System.Text.Json;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Testing;

namespace Bot.Core.Tests;

/// <summary>A turn's states read in one storage call and written in one, all or nothing (issue 16).</summary>
public sealed class BotStateSetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Parts(RecordingStorage Storage, ConversationState Conversation, UserState User, BotStateSet Set, StatePropertyAccessor<Counter> Turns, StatePropertyAccessor<Counter> Visits);

    private static Parts Build()
    {
        var storage = new RecordingStorage(new MemoryStorage());
        var conversation = new ConversationState(storage);
        var user = new UserState(storage);
        return new Parts(storage, conversation, user, new BotStateSet(conversation, user),
            conversation.CreateProperty("turns", StateTestJson.Default.Counter), user.CreateProperty("visits", StateTestJson.Default.Counter));
    }

    private static Turns.TurnContext Turn(TestAdapter adapter) => new(adapter, adapter.MakeMessage("hi"));

    private static async Task SaveBothAsync(Parts parts, TestAdapter adapter, int turns, int visits)
    {
        var turn = Turn(adapter);
        await parts.Set.LoadAllAsync(turn, force: false, Ct);
        (await parts.Turns.GetAsync(turn, () => new Counter(), Ct)).Value = turns;
        (await parts.Visits.GetAsync(turn, () => new Counter(), Ct)).Value = visits;
        await parts.Set.SaveAllChangesAsync(turn, force: false, Ct);
    }

    [Fact]
    public async Task LoadAll_ReadsTheConversationAndTheUserInOneStorageCall()
    {
        var parts = Build();
        var adapter = new TestAdapter();
        await SaveBothAsync(parts, adapter, turns: 3, visits: 2);
        parts.Storage.Clear();

        var turn = Turn(adapter);
        await parts.Set.LoadAllAsync(turn, force: false, Ct);
        var turns = await parts.Turns.TryGetAsync(turn, Ct);
        var visits = await parts.Visits.TryGetAsync(turn, Ct);

        var read = Assert.Single(parts.Storage.Reads);
        Assert.Equal(["test/conversations/test-conversation", "test/users/user1"], read.Order());
        Assert.Equal(3, turns?.Value);
        Assert.Equal(2, visits?.Value);
    }

    [Fact]
    public async Task SaveAll_WritesBothChangedStatesInOneStorageCall_AndTheNextTurnReadsThem()
    {
        var parts = Build();
        var adapter = new TestAdapter();

        await SaveBothAsync(parts, adapter, turns: 1, visits: 1);

        Assert.Equal(2, Assert.Single(parts.Storage.Writes).Length);
        var next = Turn(adapter);
        Assert.Equal(1, (await parts.Turns.TryGetAsync(next, Ct))?.Value);
        Assert.Equal(1, (await parts.Visits.TryGetAsync(next, Ct))?.Value);
    }

    [Fact]
    public async Task SaveAll_WritesOnlyTheStateThatChanged()
    {
        var parts = Build();
        var adapter = new TestAdapter();
        await SaveBothAsync(parts, adapter, turns: 1, visits: 1);
        parts.Storage.Clear();

        var turn = Turn(adapter);
        await parts.Set.LoadAllAsync(turn, force: false, Ct);
        (await parts.Turns.GetAsync(turn, () => new Counter(), Ct)).Value = 2;
        _ = await parts.Visits.GetAsync(turn, () => new Counter(), Ct);
        await parts.Set.SaveAllChangesAsync(turn, force: false, Ct);

        Assert.Equal(["test/conversations/test-conversation"], Assert.Single(parts.Storage.Writes));
    }

    [Fact]
    public async Task SaveAll_WhenTheUserStateLostARace_TheConversationIsNotWrittenEither()
    {
        var parts = Build();
        var adapter = new TestAdapter();
        await SaveBothAsync(parts, adapter, turns: 1, visits: 1);
        var first = Turn(adapter);
        var second = Turn(adapter);
        await parts.Set.LoadAllAsync(first, force: false, Ct);
        await parts.Set.LoadAllAsync(second, force: false, Ct);
        (await parts.Visits.GetAsync(first, () => new Counter(), Ct)).Value = 2;
        await parts.Set.SaveAllChangesAsync(first, force: false, Ct);

        // Nobody else changed the conversation, first in the set: written one by one, it would have gone through.
        (await parts.Turns.GetAsync(second, () => new Counter(), Ct)).Value = 5;
        (await parts.Visits.GetAsync(second, () => new Counter(), Ct)).Value = 5;
        await Assert.ThrowsAsync<ETagConflictException>(() => parts.Set.SaveAllChangesAsync(second, force: false, Ct));

        var after = Turn(adapter);
        Assert.Equal(1, (await parts.Turns.TryGetAsync(after, Ct))?.Value);
        Assert.Equal(2, (await parts.Visits.TryGetAsync(after, Ct))?.Value);
    }

    [Fact]
    public async Task AnActivityWithoutAUser_LoadsAndSavesOnlyTheConversation()
    {
        var parts = Build();
        var adapter = new TestAdapter();
        var activity = adapter.MakeMessage("hi");
        activity.From = new ChannelAccount();
        var turn = new Turns.TurnContext(adapter, activity);

        await parts.Set.LoadAllAsync(turn, force: false, Ct);
        (await parts.Turns.GetAsync(turn, () => new Counter(), Ct)).Value = 1;
        await parts.Set.SaveAllChangesAsync(turn, force: false, Ct);

        Assert.Equal(["test/conversations/test-conversation"], Assert.Single(parts.Storage.Reads));
        Assert.Equal(["test/conversations/test-conversation"], Assert.Single(parts.Storage.Writes));
    }

    [Fact]
    public async Task StatesInTwoStorages_GetOneReadAndOneWriteEach()
    {
        var conversationStorage = new RecordingStorage(new MemoryStorage());
        var userStorage = new RecordingStorage(new MemoryStorage());
        var conversation = new ConversationState(conversationStorage);
        var user = new UserState(userStorage);
        var set = new BotStateSet(conversation, user);
        var turn = Turn(new TestAdapter());

        await set.LoadAllAsync(turn, force: false, Ct);
        (await conversation.CreateProperty("turns", StateTestJson.Default.Counter).GetAsync(turn, () => new Counter(), Ct)).Value = 1;
        (await user.CreateProperty("visits", StateTestJson.Default.Counter).GetAsync(turn, () => new Counter(), Ct)).Value = 1;
        await set.SaveAllChangesAsync(turn, force: false, Ct);

        Assert.Single(conversationStorage.Reads);
        Assert.Single(userStorage.Reads);
        Assert.Single(conversationStorage.Writes);
        Assert.Single(userStorage.Writes);
    }
}
