using System.Net;
using System.Text.Json.Nodes;
using Bot.Core.State;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Host.Tests;

/// <summary>
/// /healthz/live and /healthz/ready (issue 15): readiness follows the store (a fake that fails, then
/// recovers), the recognizers and, with authentication on, the channel's signing keys.
/// </summary>
public sealed class HealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Live_AnswersHealthyJsonWithNoChecks()
    {
        await using var host = await BotHost.StartAsync(Ct);

        var (status, body) = await GetAsync(host, "/healthz/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", (string?)body["status"]);
        Assert.Empty(body["checks"]!.AsObject());
    }

    [Fact]
    public async Task Ready_WithEverythingUp_ListsEachCheckAsHealthy()
    {
        await using var host = await BotHost.StartAsync(Ct);

        var (status, body) = await GetAsync(host, "/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            [("recognizers", "Healthy"), ("signing-keys", "Healthy"), ("storage", "Healthy")],
            body["checks"]!.AsObject().Select(c => (c.Key, (string)c.Value!["status"]!)).Order());
    }

    [Fact]
    public async Task Ready_WhenTheStoreFails_Is503_AndHealthyAgainWhenItIsBack()
    {
        var store = new FlakyStorage();
        await using var host = await BotHost.StartAsync(Ct, services => services.AddSingleton<IStorage>(store));

        store.Down = true;
        var (downStatus, down) = await GetAsync(host, "/healthz/ready");
        var (liveStatus, _) = await GetAsync(host, "/healthz/live");
        store.Down = false;
        var (backStatus, back) = await GetAsync(host, "/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, downStatus);
        Assert.Equal("Unhealthy", (string?)down["checks"]!["storage"]!["status"]);
        Assert.Contains("did not answer", (string?)down["checks"]!["storage"]!["description"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal(HttpStatusCode.OK, backStatus);
        Assert.Equal("Healthy", (string?)back["checks"]!["storage"]!["status"]);
    }

    [Fact]
    public async Task Ready_WithAuthenticationOnAndNoSigningKeys_IsUnhealthy()
    {
        await using var host = await BotHost.StartAsync(
            Ct,
            null,
            "--MicrosoftAppType=SingleTenant",
            "--MicrosoftAppId=0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            "--MicrosoftAppPassword=secret",
            "--MicrosoftAppTenantId=11111111-2222-3333-4444-555555555555",
            "--ToBotFromChannelOpenIdMetadataUrl=http://127.0.0.1:1/nothing-listens-here");

        var (status, body) = await GetAsync(host, "/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", (string?)body["checks"]!["signing-keys"]!["status"]);
    }

    [Fact]
    public async Task LegacyHealthz_StillAnswersHealthy()
    {
        await using var host = await BotHost.StartAsync(Ct);

        var response = await host.Client.GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(BotHost host, string path)
    {
        using var response = await host.Client.GetAsync(path, Ct);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!);
    }

    /// <summary>A store that throws while <see cref="Down"/>, like a database whose server stopped.</summary>
    private sealed class FlakyStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public volatile bool Down;

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            Down ? throw new IOException("connection refused") : _inner.ReadAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
            Down ? throw new IOException("connection refused") : _inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            Down ? throw new IOException("connection refused") : _inner.DeleteAsync(keys, cancellationToken);
    }
}
