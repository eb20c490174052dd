using System.Text.Json;
using Bot.Core.State;
using Xunit;

namespace Bot.Testing;

/// <summary>
/// The behaviour every <see cref="IStorage"/> must have. A store's test class derives from this and
/// supplies <see cref="CreateStorage"/>; each test gets a fresh, empty store.
/// </summary>
public abstract class StorageContractTests
{
    protected abstract IStorage CreateStorage();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public async Task Read_MissingKeys_AreAbsentNotErrors()
    {
        var storage = CreateStorage();
        var items = await storage.ReadAsync(["nobody/here"], Ct);
        Assert.Empty(items);
    }

    [Fact]
    public async Task Write_ThenRead_ReturnsTheSameJsonAndAnETag()
    {
        var storage = CreateStorage();
        var etags = await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("""{"name":"Ada","n":[1,2]}"""), null) }, Ct);
        var items = await storage.ReadAsync(["k", "other"], Ct);
        Assert.Equal("""{"name":"Ada","n":[1,2]}""", items["k"].Value.GetRawText());
        Assert.Equal(etags["k"], items["k"].ETag);
        Assert.False(string.IsNullOrEmpty(etags["k"]));
    }

    [Fact]
    public async Task Write_WithCurrentETag_SucceedsAndChangesTheETag()
    {
        var storage = CreateStorage();
        var first = (await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("1"), null) }, Ct))["k"];
        var second = (await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("2"), first) }, Ct))["k"];
        Assert.NotEqual(first, second);
        Assert.Equal("2", (await storage.ReadAsync(["k"], Ct))["k"].Value.GetRawText());
    }

    [Fact]
    public async Task Write_WithStaleETag_ThrowsConflictAndKeepsTheNewerValue()
    {
        var storage = CreateStorage();
        var first = (await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("1"), null) }, Ct))["k"];
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("2"), first) }, Ct);
        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("3"), first) }, Ct));
        Assert.Equal("k", conflict.Key);
        Assert.Equal("2", (await storage.ReadAsync(["k"], Ct))["k"].Value.GetRawText());
    }

    [Fact]
    public async Task Write_CreateOnlyWhenKeyExists_ThrowsConflict()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("1"), null) }, Ct);
        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("2"), null) }, Ct));
    }

    [Fact]
    public async Task Write_WithETagForDeletedKey_ThrowsConflict()
    {
        var storage = CreateStorage();
        var etag = (await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("1"), null) }, Ct))["k"];
        await storage.DeleteAsync(["k"], Ct);
        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("2"), etag) }, Ct));
    }

    [Fact]
    public async Task Write_Wildcard_OverwritesWhateverIsStored()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("1"), null) }, Ct);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("2"), ETagCondition.Any) }, Ct);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["new"] = new(Json("3"), ETagCondition.Any) }, Ct);
        var items = await storage.ReadAsync(["k", "new"], Ct);
        Assert.Equal("2", items["k"].Value.GetRawText());
        Assert.Equal("3", items["new"].Value.GetRawText());
    }

    [Fact]
    public async Task Write_OneConflictInBatch_WritesNothing()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["taken"] = new(Json("1"), null) }, Ct);
        var batch = new Dictionary<string, StoreItem> { ["fresh"] = new(Json("2"), null), ["taken"] = new(Json("3"), null) };
        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(batch, Ct));
        var items = await storage.ReadAsync(["fresh", "taken"], Ct);
        Assert.False(items.ContainsKey("fresh"));
        Assert.Equal("1", items["taken"].Value.GetRawText());
    }

    [Fact]
    public async Task Delete_RemovesKeysAndIgnoresMissingOnes()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(Json("1"), null), ["b"] = new(Json("2"), null) }, Ct);
        await storage.DeleteAsync(["a", "missing"], Ct);
        var items = await storage.ReadAsync(["a", "b"], Ct);
        Assert.Equal(["b"], items.Keys);
    }

    [Fact]
    public async Task ConcurrentWriters_WithTheSameETag_ExactlyOneWins()
    {
        var storage = CreateStorage();
        var etag = (await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("0"), null) }, Ct))["k"];
        var attempts = Enumerable.Range(1, 16).Select(async i =>
        {
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), etag) }, Ct);
                return true;
            }
            catch (ETagConflictException)
            {
                return false;
            }
        });
        var results = await Task.WhenAll(attempts);
        Assert.Equal(1, results.Count(won => won));
    }

    [Fact]
    public async Task LargeValue_RoundTripsIntact()
    {
        var storage = CreateStorage();
        var text = new string('x', 512 * 1024) + "é😀";
        var value = JsonSerializer.SerializeToElement(text, BotTestingJsonContext.Default.String);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["big"] = new(value, null) }, Ct);
        var read = (await storage.ReadAsync(["big"], Ct))["big"].Value.GetString();
        Assert.Equal(text, read);
    }

    [Fact]
    public async Task KeysWithChannelSeparatorsAndTeamsCharacters_AreDistinct()
    {
        var storage = CreateStorage();
        const string teams = "msteams/conversations/19:abc@thread.skype;messageid=1498171086622";
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [teams] = new(Json("1"), null), ["msteams/conversations/19:abc@thread.skype"] = new(Json("2"), null) }, Ct);
        var items = await storage.ReadAsync([teams], Ct);
        Assert.Equal("1", items[teams].Value.GetRawText());
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class BotTestingJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
