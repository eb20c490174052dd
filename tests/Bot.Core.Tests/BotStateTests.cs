using System.Text.Json.Serialization;
using Bot.Core.State;
using Bot.Testing;

namespace Bot.Core.Tests;

public sealed class BotStateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class CountingStorage(IStorage inner) : IStorage
    {
        public int Writes { get; private set; }

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.ReadAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
        {
            Writes++;
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
    }

    private static Turns.TurnContext Turn(TestAdapter adapter) => new(adapter, adapter.MakeMessage("hi"));

    [Fact]
    public async Task Save_ChangedTypedValue_IsReadBackInTheNextTurn()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();
        var state = new ConversationState(storage);
        var counter = state.CreateProperty("counter", StateTestJson.Default.Counter);

        var first = Turn(adapter);
        (await counter.GetAsync(first, () => new Counter(), Ct)).Value = 41;
        await state.SaveChangesAsync(first, false, Ct);

        var second = Turn(adapter);
        Assert.Equal(41, (await counter.GetAsync(second, () => new Counter(), Ct)).Value);
    }

    [Fact]
    public async Task Save_NothingChanged_DoesNotWrite()
    {
        var storage = new CountingStorage(new MemoryStorage());
        var adapter = new TestAdapter();
        var state = new ConversationState(storage);
        var counter = state.CreateProperty("counter", StateTestJson.Default.Counter);
        var first = Turn(adapter);
        (await counter.GetAsync(first, () => new Counter(), Ct)).Value = 1;
        await state.SaveChangesAsync(first, false, Ct);

        var second = Turn(adapter);
        _ = await counter.GetAsync(second, () => new Counter(), Ct);
        await state.SaveChangesAsync(second, false, Ct);

        Assert.Equal(1, storage.Writes);
    }

    [Fact]
    public async Task Save_TwoTurnsFromTheSameVersion_SecondOneConflictsInsteadOfOverwriting()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();
        var state = new ConversationState(storage);
        var counter = state.CreateProperty("counter", StateTestJson.Default.Counter);
        var a = Turn(adapter);
        var b = Turn(adapter);
        (await counter.GetAsync(a, () => new Counter(), Ct)).Value = 1;
        (await counter.GetAsync(b, () => new Counter(), Ct)).Value = 2;

        await state.SaveChangesAsync(a, false, Ct);
        await Assert.ThrowsAsync<ETagConflictException>(() => state.SaveChangesAsync(b, false, Ct));

        Assert.Equal(1, (await counter.GetAsync(Turn(adapter), () => new Counter(), Ct)).Value);
    }

    [Fact]
    public async Task Get_StoredJsonOfAnOlderShape_ThrowsStateFormatException()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();
        var key = $"{adapter.ChannelId}/conversations/{adapter.Conversation.Id}";
        var old = System.Text.Json.JsonDocument.Parse("""{"counter":{"value":"forty-one"}}""").RootElement.Clone();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(old, null) }, Ct);
        var counter = new ConversationState(storage).CreateProperty("counter", StateTestJson.Default.Counter);

        var failure = await Assert.ThrowsAsync<StateFormatException>(() => counter.TryGetAsync(Turn(adapter), Ct));

        Assert.Equal("counter", failure.Property);
    }

    [Fact]
    public async Task UserState_IsKeyedByUserAcrossConversations()
    {
        var storage = new MemoryStorage();
        var state = new UserState(storage);
        var counter = state.CreateProperty("counter", StateTestJson.Default.Counter);
        var inFirst = Turn(new TestAdapter(conversationId: "one"));
        (await counter.GetAsync(inFirst, () => new Counter(), Ct)).Value = 7;
        await state.SaveChangesAsync(inFirst, false, Ct);

        var inSecond = Turn(new TestAdapter(conversationId: "two"));

        Assert.Equal(7, (await counter.GetAsync(inSecond, () => new Counter(), Ct)).Value);
    }

    [Fact]
    public async Task Delete_RemovesStoredStateSoTheNextTurnStartsFresh()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();
        var state = new ConversationState(storage);
        var counter = state.CreateProperty("counter", StateTestJson.Default.Counter);
        var first = Turn(adapter);
        (await counter.GetAsync(first, () => new Counter(), Ct)).Value = 5;
        await state.SaveChangesAsync(first, false, Ct);

        await state.DeleteAsync(Turn(adapter), Ct);

        Assert.Null(await counter.TryGetAsync(Turn(adapter), Ct));
    }
}

public sealed class Counter
{
    public int Value { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Counter))]
internal sealed partial class StateTestJson : JsonSerializerContext;
