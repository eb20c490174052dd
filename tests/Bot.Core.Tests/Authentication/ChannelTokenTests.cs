using System.Text.Json.Nodes;
using Bot.Core.Schema;
using Bot.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Core.Tests.Authentication;

/// <summary>Bot Connector tokens (protocol doc §3.2 step 4) against keys served on loopback: every forgery is 401 and the bot never runs.</summary>
public sealed class ChannelTokenTests : IAsyncLifetime
{
    private AuthFixture _fixture = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _fixture = await AuthFixture.StartAsync(Ct);

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    private JsonObject Claims() => TestIdentityServer.ChannelClaims(AuthFixture.AppId, AuthFixture.ServiceUrl, _fixture.Now);

    private string Bearer(JsonObject claims, string keyId = TestIdentityServer.ChannelKeyId, string algorithm = SecurityAlgorithms.RsaSha256) =>
        "Bearer " + _fixture.Identity.Sign(keyId, claims, algorithm);

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task ValidToken_AllowedAlgorithm_ReachesTheBot(string algorithm)
    {
        var result = await _fixture.PostAsync(Bearer(Claims(), algorithm: algorithm), AuthFixture.Message(), Ct);

        Assert.Equal((200, true), result);
    }

    [Fact]
    public async Task ValidToken_ServiceUrlDiffersOnlyInCase_ReachesTheBot()
    {
        var claims = Claims();
        claims["serviceurl"] = AuthFixture.ServiceUrl.ToUpperInvariant();

        Assert.Equal((200, true), await _fixture.PostAsync(Bearer(claims), AuthFixture.Message(), Ct));
    }

    [Fact]
    public async Task ExpiredWithinClockSkew_ReachesTheBot()
    {
        var claims = Claims();
        claims["exp"] = _fixture.Now.AddMinutes(-4).ToUnixTimeSeconds();
        claims["nbf"] = _fixture.Now.AddHours(-1).ToUnixTimeSeconds();
        claims["iat"] = _fixture.Now.AddHours(-1).ToUnixTimeSeconds();

        Assert.Equal((200, true), await _fixture.PostAsync(Bearer(claims), AuthFixture.Message(), Ct));
    }

    public static TheoryData<string> Forgeries() =>
    [
        "expired", "not yet valid", "no expiry", "wrong audience", "wrong issuer", "emulator issuer on a channel key",
        "unknown key", "unsigned", "no kid", "disallowed algorithm", "missing serviceurl", "mismatched serviceurl",
        "channel not endorsed", "tampered payload",
    ];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task ForgedToken_Is401AndNothingReachesTheBot(string forgery)
    {
        var now = _fixture.Now;
        var claims = Claims();
        var activity = AuthFixture.Message();
        string header;
        switch (forgery)
        {
            case "expired":
                claims["exp"] = now.AddMinutes(-6).ToUnixTimeSeconds();
                claims["nbf"] = now.AddHours(-1).ToUnixTimeSeconds();
                claims["iat"] = now.AddHours(-1).ToUnixTimeSeconds();
                header = Bearer(claims);
                break;
            case "not yet valid":
                claims["nbf"] = now.AddMinutes(6).ToUnixTimeSeconds();
                claims["iat"] = now.AddMinutes(6).ToUnixTimeSeconds();
                header = Bearer(claims);
                break;
            case "no expiry":
                claims.Remove("exp");
                header = Bearer(claims);
                break;
            case "wrong audience":
                claims["aud"] = "99999999-2222-3333-4444-555555555555";
                header = Bearer(claims);
                break;
            case "wrong issuer":
                claims["iss"] = "https://api.botframework.com.evil.example";
                header = Bearer(claims);
                break;
            case "emulator issuer on a channel key":
                claims["iss"] = "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/";
                claims["appid"] = AuthFixture.AppId;
                header = Bearer(claims);
                break;
            case "unknown key":
                _fixture.Identity.AddUnpublishedKey("attacker-key");
                header = Bearer(claims, "attacker-key");
                break;
            case "unsigned":
                header = "Bearer " + TestIdentityServer.UnsignedToken(claims);
                break;
            case "no kid":
                var parts = _fixture.Identity.Sign(TestIdentityServer.ChannelKeyId, claims).Split('.');
                var headerJson = JsonNode.Parse(Base64UrlEncoder.Decode(parts[0]))!.AsObject();
                headerJson.Remove("kid");
                header = $"Bearer {Base64UrlEncoder.Encode(headerJson.ToJsonString())}.{parts[1]}.{parts[2]}";
                break;
            case "disallowed algorithm":
                header = Bearer(claims, algorithm: SecurityAlgorithms.RsaSsaPssSha256);
                break;
            case "missing serviceurl":
                claims.Remove("serviceurl");
                header = Bearer(claims);
                break;
            case "mismatched serviceurl":
                activity.ServiceUrl = "https://attacker.example/";
                header = Bearer(claims);
                break;
            case "channel not endorsed":
                activity.ChannelId = "slack";
                header = Bearer(claims);
                break;
            case "tampered payload":
                var signed = _fixture.Identity.Sign(TestIdentityServer.ChannelKeyId, claims).Split('.');
                claims["aud"] = "someone-else";
                header = $"Bearer {signed[0]}.{Base64UrlEncoder.Encode(claims.ToJsonString())}.{signed[2]}";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(forgery), forgery, null);
        }

        Assert.Equal((401, false), await _fixture.PostAsync(header, activity, Ct));
        Assert.Empty(_fixture.Connector.Calls);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer %%%.$$$.###")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")]
    [InlineData("Bearer one two")]
    public async Task GarbageOrMissingHeader_Is401(string? header)
    {
        Assert.Equal((401, false), await _fixture.PostAsync(header, AuthFixture.Message(), Ct));
    }

    [Fact]
    public async Task KeyWithoutEndorsements_IsRejectedOnTheChannelPath()
    {
        _fixture.Identity.AddChannelKey("no-endorsements");
        _fixture.Time.Advance(TimeSpan.FromMinutes(5)); // let the unknown kid trigger a refresh

        var result = await _fixture.PostAsync(Bearer(Claims(), "no-endorsements"), AuthFixture.Message(), Ct);

        Assert.Equal((401, false), result);
    }

    [Fact]
    public async Task Failure_ReasonIsForTheLogOnly()
    {
        var claims = Claims();
        claims["aud"] = "someone-else";

        var outcome = await _fixture.Get<Bot.Core.Authentication.IChannelAuthenticator>().AuthenticateAsync(Bearer(claims), AuthFixture.Message(), Ct);

        Assert.False(outcome.Succeeded);
        Assert.Contains("Audience", outcome.FailureReason, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyChannelId_IsRejectedByTheEndorsementCheck()
    {
        // The adapter's boundary check refuses activities without channelId before authentication;
        // should one get here, a missing channel is not treated as endorsed.
        var activity = AuthFixture.Message(channelId: Channels.MsTeams);
        activity.ChannelId = "";

        Assert.Equal((401, false), await _fixture.PostAsync(Bearer(Claims()), activity, Ct));
    }
}
