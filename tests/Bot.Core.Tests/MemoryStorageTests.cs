using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.State;
using Bot.Testing;

namespace Bot.Core.Tests;

public sealed class MemoryStorageTests : ExpiringStorageContractTests
{
    protected override IStorage CreateStorage() => new MemoryStorage(Clock);

    [Fact]
    public async Task Write_LongAfterOthersExpired_EvictsThemFromMemory()
    {
        var storage = new MemoryStorage(Clock);
        var idle = TimeSpan.FromDays(7);
        for (var i = 0; i < 100; i++)
        {
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [$"old/{i}"] = new(JsonSerializer.SerializeToElement(i), null) { TimeToLive = idle } }, TestContext.Current.CancellationToken);
        }

        Clock.Advance(idle);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["new"] = new(JsonSerializer.SerializeToElement(1), null) { TimeToLive = idle } }, TestContext.Current.CancellationToken);

        Assert.Equal(1, storage.Count);
    }

    [Fact]
    public async Task Read_ValueChangedByCaller_DoesNotChangeTheStoredValue()
    {
        var storage = new MemoryStorage();
        var written = new JsonObject { ["answers"] = new JsonArray("small") };
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(JsonSerializer.SerializeToElement(written), null) }, TestContext.Current.CancellationToken);
        written["answers"]!.AsArray().Add("tampered");

        var first = JsonObject.Create((await storage.ReadAsync(["k"], TestContext.Current.CancellationToken))["k"].Value)!;
        first["answers"]!.AsArray().Add("tampered too");
        var second = (await storage.ReadAsync(["k"], TestContext.Current.CancellationToken))["k"].Value;

        Assert.Equal("""{"answers":["small"]}""", second.GetRawText());
    }
}
