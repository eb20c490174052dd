using Bot.Core.Authentication;
using Bot.Testing;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Authentication;

/// <summary>The bot's own token for replies (protocol doc §3.4), given only to service URLs from authenticated activities.</summary>
public sealed class OutboundTokenTests : IAsyncLifetime
{
    private AuthFixture _fixture = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _fixture = await AuthFixture.StartAsync(Ct);

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    private IAccessTokenProvider Tokens => _fixture.Get<IAccessTokenProvider>();

    private static async Task AuthenticateFromAsync(AuthFixture fixture, string serviceUrl)
    {
        var token = fixture.Identity.Sign(TestIdentityServer.ChannelKeyId, TestIdentityServer.ChannelClaims(AuthFixture.AppId, serviceUrl, fixture.Now));
        Assert.Equal((200, true), await fixture.PostAsync("Bearer " + token, AuthFixture.Message(serviceUrl: serviceUrl), Ct));
    }

    [Fact]
    public async Task TrustedServiceUrl_GetsAClientCredentialsToken()
    {
        await AuthenticateFromAsync(_fixture, AuthFixture.ServiceUrl);

        var token = await Tokens.GetAccessTokenAsync(AuthFixture.ServiceUrl, Ct);

        Assert.Equal("outbound-token-1", token);
        var request = Assert.Single(_fixture.Identity.TokenRequests);
        Assert.Equal(AuthFixture.TenantId, request.Tenant);
        Assert.Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = AuthFixture.AppId,
            ["client_secret"] = "test-secret",
            ["scope"] = "https://api.botframework.com/.default",
        }, request.Fields);
    }

    [Fact]
    public async Task UntrustedServiceUrl_GetsNoTokenAndAWarning()
    {
        await AuthenticateFromAsync(_fixture, AuthFixture.ServiceUrl);

        var token = await Tokens.GetAccessTokenAsync("https://attacker.example/", Ct);

        Assert.Null(token);
        Assert.Empty(_fixture.Identity.TokenRequests);
        var warning = Assert.Single(_fixture.TokenLog.Records, r => r.Level == LogLevel.Warning);
        Assert.Equal("https://attacker.example/", warning.Fields["ServiceUrl"]);
    }

    [Fact]
    public async Task ServiceUrlOfARejectedActivity_GetsNoToken()
    {
        var forged = _fixture.Identity.Sign(TestIdentityServer.ChannelKeyId, TestIdentityServer.ChannelClaims("another-app", "https://attacker.example/", _fixture.Now));
        await _fixture.PostAsync("Bearer " + forged, AuthFixture.Message(serviceUrl: "https://attacker.example/"), Ct);

        Assert.Null(await Tokens.GetAccessTokenAsync("https://attacker.example/", Ct));
    }

    [Fact]
    public async Task Token_IsCachedUntilFiveMinutesBeforeExpiry()
    {
        await AuthenticateFromAsync(_fixture, AuthFixture.ServiceUrl);

        var first = await Tokens.GetAccessTokenAsync(AuthFixture.ServiceUrl, Ct);
        _fixture.Time.Advance(TimeSpan.FromSeconds(3599) - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        var cached = await Tokens.GetAccessTokenAsync(AuthFixture.ServiceUrl, Ct);
        _fixture.Time.Advance(TimeSpan.FromSeconds(1));
        var refreshed = await Tokens.GetAccessTokenAsync(AuthFixture.ServiceUrl, Ct);

        Assert.Equal(("outbound-token-1", "outbound-token-1", "outbound-token-2"), (first, cached, refreshed));
        Assert.Equal(2, _fixture.Identity.TokenRequests.Count);
    }

    [Fact]
    public async Task RejectedToken_IsReplacedOnTheNextCall_ButAnOlderRejectionDropsNothing()
    {
        await AuthenticateFromAsync(_fixture, AuthFixture.ServiceUrl);

        var first = await Tokens.GetAccessTokenAsync(AuthFixture.ServiceUrl, Ct);
        Tokens.Reject(first!);
        var second = await Tokens.GetAccessTokenAsync(AuthFixture.ServiceUrl, Ct);
        Tokens.Reject(first!);
        var stillSecond = await Tokens.GetAccessTokenAsync(AuthFixture.ServiceUrl, Ct);

        Assert.Equal(("outbound-token-1", "outbound-token-2", "outbound-token-2"), (first, second, stillSecond));
        Assert.Equal(2, _fixture.Identity.TokenRequests.Count);
    }

    [Fact]
    public async Task ConcurrentCallers_ShareOneTokenRequest()
    {
        await AuthenticateFromAsync(_fixture, AuthFixture.ServiceUrl);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Tokens.GetAccessTokenAsync(AuthFixture.ServiceUrl, Ct)));

        Assert.All(tokens, t => Assert.Equal("outbound-token-1", t));
        Assert.Single(_fixture.Identity.TokenRequests);
    }

    [Fact]
    public async Task TokenEndpointRefuses_ThrowsAndLogsTheErrorCodeNotTheSecret()
    {
        await using var fixture = await AuthFixture.StartAsync(identity => [("ToChannelFromBotLoginUrl", identity.LoginUrl(TestIdentityServer.UnknownTenant))], Ct);
        await AuthenticateFromAsync(fixture, AuthFixture.ServiceUrl);

        var failure = await Assert.ThrowsAsync<AccessTokenException>(() => fixture.Get<IAccessTokenProvider>().GetAccessTokenAsync(AuthFixture.ServiceUrl, Ct));

        Assert.Contains("invalid_client", failure.Message, StringComparison.Ordinal);
        var error = Assert.Single(fixture.TokenLog.Records, r => r.Level == LogLevel.Error);
        Assert.Equal("invalid_client", error.Fields["Error"]);
        Assert.DoesNotContain("test-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAssignedMsi_GetsTheTokenFromTheIdentityEndpoint()
    {
        await using var msi = await AuthFixture.StartAsync(identity =>
        [
            ("MicrosoftAppType", "UserAssignedMSI"),
            ("MicrosoftAppPassword", ""),
            ("IDENTITY_ENDPOINT", identity.ManagedIdentityUrl),
            ("IDENTITY_HEADER", "identity-header-secret"),
        ], Ct);
        await AuthenticateFromAsync(msi, AuthFixture.ServiceUrl);

        var token = await msi.Get<IAccessTokenProvider>().GetAccessTokenAsync(AuthFixture.ServiceUrl, Ct);

        Assert.Equal("outbound-token-1", token);
        var request = Assert.Single(msi.Identity.TokenRequests);
        Assert.Equal("identity-header-secret", request.IdentityHeader);
        Assert.Equal(("https://api.botframework.com", AuthFixture.AppId, "2019-08-01"), (request.Fields["resource"], request.Fields["client_id"], request.Fields["api-version"]));
    }

    [Fact]
    public async Task ManagedIdentityEndpointSetting_OverridesTheEnvironment()
    {
        await using var msi = await AuthFixture.StartAsync(identity =>
        [
            ("MicrosoftAppType", "UserAssignedMSI"),
            ("MicrosoftAppPassword", ""),
            ("IDENTITY_ENDPOINT", "http://127.0.0.1:9/unreachable"),
            ("ManagedIdentityEndpoint", identity.ManagedIdentityUrl),
        ], Ct);
        await AuthenticateFromAsync(msi, AuthFixture.ServiceUrl);

        Assert.Equal("outbound-token-1", await msi.Get<IAccessTokenProvider>().GetAccessTokenAsync(AuthFixture.ServiceUrl, Ct));
    }
}
