using System.Text.Json;
using Bot.Core.State;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Bot.Testing;

/// <summary>
/// Expiry (issue 14) for stores that read the injected clock: an item written with a time to live
/// is there until it passes, then gone for reads and write conditions alike; writing it again restarts it.
/// </summary>
public abstract class ExpiringStorageContractTests : StorageContractTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromDays(7);

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static Dictionary<string, StoreItem> Item(string key, string json, string? etag, TimeSpan? ttl = null) =>
        new() { [key] = new(Json(json), etag) { TimeToLive = ttl } };

    [Fact]
    public async Task Read_BeforeTimeToLivePasses_FindsTheItem()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item("k", "1", null, Idle), Ct);
        Clock.Advance(Idle - TimeSpan.FromSeconds(1));
        Assert.True((await storage.ReadAsync(["k"], Ct)).ContainsKey("k"));
    }

    [Fact]
    public async Task Read_AfterTimeToLivePasses_ItemIsAbsent()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item("k", "1", null, Idle), Ct);
        Clock.Advance(Idle);
        Assert.Empty(await storage.ReadAsync(["k"], Ct));
    }

    [Fact]
    public async Task Write_AgainBeforeExpiry_RestartsTheIdleTime()
    {
        var storage = CreateStorage();
        var etag = (await storage.WriteAsync(Item("k", "1", null, Idle), Ct))["k"];
        Clock.Advance(TimeSpan.FromDays(6));
        await storage.WriteAsync(Item("k", "2", etag, Idle), Ct);
        Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal("2", (await storage.ReadAsync(["k"], Ct))["k"].Value.GetRawText());
    }

    [Fact]
    public async Task Write_CreateOnlyAfterExpiry_Succeeds()
    {
        var storage = CreateStorage();
        var etag = (await storage.WriteAsync(Item("k", "1", null, Idle), Ct))["k"];
        Clock.Advance(Idle);
        await storage.WriteAsync(Item("k", "2", null, Idle), Ct);
        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(Item("k", "3", etag), Ct));
    }

    [Fact]
    public async Task Write_WithoutTimeToLive_NeverExpires()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item("k", "1", null), Ct);
        Clock.Advance(TimeSpan.FromDays(3650));
        Assert.True((await storage.ReadAsync(["k"], Ct)).ContainsKey("k"));
    }
}
