using System.Text.Json.Serialization;
using Bot.Core.State;
using Bot.Testing;

namespace Bot.Core.Tests;

public sealed class BotStateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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
        var storage = new RecordingStorage(new MemoryStorage());
        var adapter = new TestAdapter();
        var state = new ConversationState(storage);
        var counter = state.CreateProperty("counter", StateTestJson.Default.Counter);
        var first = Turn(adapter);
        (await counter.GetAsync(first, () => new Counter(), Ct)).Value = 1;
        await state.SaveChangesAsync(first, false, Ct);

        var second = Turn(adapter);
        _ = await counter.GetAsync(second, () => new Counter(), Ct);
        await state.SaveChangesAsync(second, false, Ct);

        Assert.Single(storage.Writes);
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

    private static async Task<string> StoredJsonAsync(MemoryStorage storage, TestAdapter adapter)
    {
        var key = $"{adapter.ChannelId}/conversations/{adapter.Conversation.Id}";
        return (await storage.ReadAsync([key], Ct))[key].Value.GetRawText();
    }

    private static async Task StoreAsync(MemoryStorage storage, TestAdapter adapter, string json)
    {
        var key = $"{adapter.ChannelId}/conversations/{adapter.Conversation.Id}";
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(System.Text.Json.JsonDocument.Parse(json).RootElement.Clone(), null) }, Ct);
    }

    [Fact]
    public async Task Save_OneChangedProperty_KeepsTheOthersAsStoredAndInPlace()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();
        await StoreAsync(storage, adapter, """{"older":{"kept":[1,2]},"counter":{"value":1},"last":"x"}""");
        var state = new ConversationState(storage);
        var counter = state.CreateProperty("counter", StateTestJson.Default.Counter);

        var turn = Turn(adapter);
        (await counter.GetAsync(turn, () => new Counter(), Ct)).Value = 2;
        await state.SaveChangesAsync(turn, false, Ct);

        Assert.Equal("""{"older":{"kept":[1,2]},"counter":{"value":2},"last":"x"}""", await StoredJsonAsync(storage, adapter));
    }

    [Fact]
    public async Task Save_ADeletedProperty_IsGone_AndOneSetAgainComesLast()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();
        await StoreAsync(storage, adapter, """{"counter":{"value":1},"other":{"value":9},"last":"x"}""");
        var state = new ConversationState(storage);
        var counter = state.CreateProperty("counter", StateTestJson.Default.Counter);
        var other = state.CreateProperty("other", StateTestJson.Default.Counter);

        var turn = Turn(adapter);
        await other.DeleteAsync(turn, Ct);
        await counter.DeleteAsync(turn, Ct);
        await counter.SetAsync(turn, new Counter { Value = 4 }, Ct);
        await state.SaveChangesAsync(turn, false, Ct);

        Assert.Equal("""{"last":"x","counter":{"value":4}}""", await StoredJsonAsync(storage, adapter));
        Assert.Null(await other.TryGetAsync(Turn(adapter), Ct));
    }

    [Fact]
    public async Task Clear_ThenSave_StoresOnlyWhatWasSetAfterwards()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();
        await StoreAsync(storage, adapter, """{"counter":{"value":1},"other":{"value":9}}""");
        var state = new ConversationState(storage);
        var counter = state.CreateProperty("counter", StateTestJson.Default.Counter);

        var turn = Turn(adapter);
        _ = await counter.TryGetAsync(turn, Ct);
        state.ClearState(turn);
        Assert.Null(await counter.TryGetAsync(turn, Ct));
        await counter.SetAsync(turn, new Counter { Value = 2 }, Ct);
        await state.SaveChangesAsync(turn, false, Ct);

        Assert.Equal("""{"counter":{"value":2}}""", await StoredJsonAsync(storage, adapter));
    }

    [Fact]
    public async Task Save_KeepsEscapedAndNonAsciiNamesAndValuesItDoesNotKnow()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();
        await StoreAsync(storage, adapter, """{"naïve \"name\"":"café \u2013 \ud83d\ude00","counter":{"value":1}}""");
        var state = new ConversationState(storage);
        var counter = state.CreateProperty("counter", StateTestJson.Default.Counter);

        var turn = Turn(adapter);
        (await counter.GetAsync(turn, () => new Counter(), Ct)).Value = 2;
        await state.SaveChangesAsync(turn, false, Ct);

        using var saved = System.Text.Json.JsonDocument.Parse(await StoredJsonAsync(storage, adapter));
        Assert.Equal(["naïve \"name\"", "counter"], saved.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("café – 😀", saved.RootElement.GetProperty("naïve \"name\"").GetString());
        Assert.Equal(2, saved.RootElement.GetProperty("counter").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task Save_TwiceInOneTurn_WritesTheSecondChangeUnderTheFirstSavesETag()
    {
        var storage = new RecordingStorage(new MemoryStorage());
        var adapter = new TestAdapter();
        var state = new ConversationState(storage);
        var counter = state.CreateProperty("counter", StateTestJson.Default.Counter);

        var turn = Turn(adapter);
        var value = await counter.GetAsync(turn, () => new Counter(), Ct);
        value.Value = 1;
        await state.SaveChangesAsync(turn, false, Ct);
        await state.SaveChangesAsync(turn, false, Ct);
        value.Value = 2;
        await state.SaveChangesAsync(turn, false, Ct);

        Assert.Equal(2, storage.Writes.Count);
        Assert.Equal(2, (await counter.TryGetAsync(Turn(adapter), Ct))?.Value);
    }

    [Fact]
    public async Task Get_APropertyStoredAsNull_IsAbsent()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();
        await StoreAsync(storage, adapter, """{"counter":null}""");
        var counter = new ConversationState(storage).CreateProperty("counter", StateTestJson.Default.Counter);

        Assert.Null(await counter.TryGetAsync(Turn(adapter), Ct));
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
