using System.Text;
using System.Text.Json.Nodes;

namespace Advisor.Host.Tests;

/// <summary>Tests that post to /api/messages of the real app, with replies going to a fake channel connector; both on loopback, fresh per test.</summary>
public abstract class HostWithConnector : IAsyncLifetime
{
    protected FakeConnectorServer Connector { get; private set; } = null!;

    protected BotHost Host { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Connector = await FakeConnectorServer.StartAsync(Ct);
        Host = await BotHost.StartAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected Task<HttpResponseMessage> PostAsync(JsonNode body) =>
        Host.Client.PostAsync("/api/messages", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
}
