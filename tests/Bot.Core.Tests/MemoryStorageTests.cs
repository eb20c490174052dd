using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.State;
using Bot.Testing;

namespace Bot.Core.Tests;

public sealed class MemoryStorageTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new MemoryStorage();

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
