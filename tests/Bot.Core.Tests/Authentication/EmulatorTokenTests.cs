using System.Text.Json.Nodes;
using Bot.Core.Schema;
using Bot.Testing;

namespace Bot.Core.Tests.Authentication;

/// <summary>Emulator tokens (protocol doc §3.2 step 5, §3.5): Entra issuers and keys, app id from appid (v1) or azp (v2).</summary>
public sealed class EmulatorTokenTests : IAsyncLifetime
{
    private const string V1Issuer = "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/";
    private const string V2Issuer = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";
    private const string LocalServiceUrl = "http://localhost:49152";
    private AuthFixture _fixture = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _fixture = await AuthFixture.StartAsync(Ct);

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    private JsonObject Claims(string issuer, string? version, string appIdClaim, string appId = AuthFixture.AppId)
    {
        var claims = new JsonObject
        {
            ["iss"] = issuer,
            ["aud"] = AuthFixture.AppId,
            [appIdClaim] = appId,
            ["nbf"] = _fixture.Now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = _fixture.Now.AddHours(1).ToUnixTimeSeconds(),
        };
        if (version is not null)
        {
            claims["ver"] = version;
        }

        return claims;
    }

    private Task<(int, bool)> PostAsync(JsonObject claims, string keyId = TestIdentityServer.EmulatorKeyId) =>
        _fixture.PostAsync("Bearer " + _fixture.Identity.Sign(keyId, claims), AuthFixture.Message(Channels.Emulator, LocalServiceUrl), Ct);

    [Theory]
    [InlineData(V1Issuer, "1.0", "appid")]
    [InlineData(V1Issuer, null, "appid")]
    [InlineData(V2Issuer, "2.0", "azp")]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "1.0", "appid")]
    [InlineData("https://login.microsoftonline.com/tenant-1/v2.0", "2.0", "azp")]
    public async Task EmulatorToken_ForThisBot_ReachesTheBot(string issuer, string? version, string appIdClaim)
    {
        Assert.Equal((200, true), await PostAsync(Claims(issuer, version, appIdClaim)));
    }

    [Theory]
    [InlineData(V2Issuer, "2.0", "appid")]
    [InlineData(V1Issuer, "1.0", "azp")]
    [InlineData(V1Issuer, "3.0", "appid")]
    [InlineData("https://sts.windows.net/another-tenant/", "1.0", "appid")]
    public async Task EmulatorToken_AppIdInTheWrongClaimOrUnknownVersionOrIssuer_Is401(string issuer, string? version, string appIdClaim)
    {
        Assert.Equal((401, false), await PostAsync(Claims(issuer, version, appIdClaim)));
    }

    [Fact]
    public async Task BotsOwnOutboundToken_ReplayedAsAnEmulatorToken_Is401()
    {
        // Same issuer and appid as an Emulator token, but minted for the Bot Connector (protocol doc §3.4).
        var claims = Claims("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "1.0", "appid");
        claims["aud"] = "https://api.botframework.com";

        Assert.Equal((401, false), await PostAsync(claims));
    }

    [Fact]
    public async Task EmulatorToken_WithTheAppIdUriAsAudience_ReachesTheBot()
    {
        var claims = Claims(V1Issuer, "1.0", "appid");
        claims["aud"] = $"api://{AuthFixture.AppId}";

        Assert.Equal((200, true), await PostAsync(claims));
    }

    [Fact]
    public async Task EmulatorToken_ForAnotherApp_Is401()
    {
        Assert.Equal((401, false), await PostAsync(Claims(V1Issuer, "1.0", "appid", "99999999-2222-3333-4444-555555555555")));
    }

    [Fact]
    public async Task EmulatorToken_SignedWithAChannelKey_Is401()
    {
        Assert.Equal((401, false), await PostAsync(Claims(V1Issuer, "1.0", "appid"), TestIdentityServer.ChannelKeyId));
    }

    [Fact]
    public async Task EmulatorToken_Expired_Is401()
    {
        var claims = Claims(V1Issuer, "1.0", "appid");
        claims["exp"] = _fixture.Now.AddMinutes(-6).ToUnixTimeSeconds();
        claims["nbf"] = _fixture.Now.AddHours(-1).ToUnixTimeSeconds();

        Assert.Equal((401, false), await PostAsync(claims));
    }
}
