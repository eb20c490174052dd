using Bot.Core.Hosting;
using Bot.Core.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Core.Authentication;

/// <summary>
/// Validates the bearer token of every inbound activity when the bot has an app id (protocol doc §3.2):
/// Emulator tokens and Bot Connector tokens, told apart by their unverified issuer, then verified in full.
/// A success marks the activity's serviceUrl as trusted for outbound tokens. Failures are outcomes, never exceptions.
/// </summary>
internal sealed class JwtChannelAuthenticator : IChannelAuthenticator
{
    private static readonly JsonWebTokenHandler Handler = new();
    private readonly AuthenticationSettings _settings;
    private readonly SigningKeySource _channelKeys;
    private readonly SigningKeySource _emulatorKeys;
    private readonly HashSet<string> _emulatorIssuers;
    private readonly TrustedServiceUrls _trustedServiceUrls;
    private readonly TimeProvider _time;

    public JwtChannelAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, TrustedServiceUrls trustedServiceUrls, ILogger<JwtChannelAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _settings = AuthenticationSettings.From(options.Value);
        _channelKeys = new SigningKeySource(_settings.ChannelOpenIdMetadataUrl, httpClientFactory, time, logger);
        _emulatorKeys = new SigningKeySource(_settings.EmulatorOpenIdMetadataUrl, httpClientFactory, time, logger);
        _emulatorIssuers = new HashSet<string>(AuthenticationConstants.EmulatorIssuers(_settings.TenantId), StringComparer.Ordinal);
        _trustedServiceUrls = trustedServiceUrls;
        _time = time;
    }

    /// <summary>Whether the Bot Connector's signing keys are held, fetching them first when none are (readiness, issue 15).</summary>
    internal Task<bool> HasChannelSigningKeysAsync(CancellationToken cancellationToken) => _channelKeys.HasKeysAsync(cancellationToken);

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!BearerToken.TryParse(authorizationHeader, out var token, out var headerFailure))
        {
            return AuthenticationOutcome.Failed(headerFailure);
        }

        if (BearerToken.ReadUnverified(Handler, token) is not { } unverified)
        {
            return AuthenticationOutcome.Failed("The bearer token is not a well-formed JWT.");
        }

        var outcome = _emulatorIssuers.Contains(unverified.Issuer)
            ? await AuthenticateEmulatorAsync(token, unverified, activity, cancellationToken)
            : await AuthenticateChannelAsync(token, unverified, activity, cancellationToken);
        if (outcome.Succeeded && !string.IsNullOrEmpty(activity.ServiceUrl))
        {
            _trustedServiceUrls.Add(activity.ServiceUrl);
        }

        return outcome;
    }

    /// <summary>Protocol doc §3.2 step 4: issuer, signature, lifetime, endorsement, audience, serviceurl.</summary>
    private async Task<AuthenticationOutcome> AuthenticateChannelAsync(string token, JsonWebToken unverified, Activity activity, CancellationToken cancellationToken)
    {
        if (!string.Equals(unverified.Issuer, _settings.ChannelIssuer, StringComparison.Ordinal))
        {
            return AuthenticationOutcome.Failed("The token's issuer is neither the channel's nor the Emulator's.");
        }

        var (jwt, key, failure) = await ValidateAsync(token, unverified, _channelKeys, [_settings.ChannelIssuer], [_settings.AppId], cancellationToken);
        if (jwt is null || key is null)
        {
            return failure!;
        }

        if (key.Endorsements is null || !key.Endorsements.Contains(activity.ChannelId!, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Failed($"The signing key is not endorsed for channel '{activity.ChannelId}'.");
        }

        if (!jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) || string.IsNullOrEmpty(serviceUrl))
        {
            return AuthenticationOutcome.Failed("The token has no serviceurl claim.");
        }

        return string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationOutcome.Authenticated(_settings.AppId)
            : AuthenticationOutcome.Failed("The token's serviceurl claim does not match the activity's serviceUrl.");
    }

    /// <summary>
    /// Protocol doc §3.2 step 5: Entra keys and issuers; the app id comes from appid (v1) or azp (v2).
    /// Unlike the SDK we also require the audience the Emulator's tokens carry, this bot's app id (§3.5):
    /// the bot's own outbound token (aud api.botframework.com, same issuer and appid) must not get in
    /// here, or a leaked one could make any serviceUrl trusted and harvest fresh tokens.
    /// </summary>
    private async Task<AuthenticationOutcome> AuthenticateEmulatorAsync(string token, JsonWebToken unverified, Activity activity, CancellationToken cancellationToken)
    {
        var (jwt, key, failure) = await ValidateAsync(token, unverified, _emulatorKeys, _emulatorIssuers, [_settings.AppId, $"api://{_settings.AppId}"], cancellationToken);
        if (jwt is null || key is null)
        {
            return failure!;
        }

        if (key.Endorsements is { } endorsements && !endorsements.Contains(activity.ChannelId!, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Failed($"The signing key is not endorsed for channel '{activity.ChannelId}'.");
        }

        jwt.TryGetPayloadValue<string>("ver", out var version);
        var appIdClaim = version switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
        {
            return AuthenticationOutcome.Failed("The Emulator token has an unknown 'ver'.");
        }

        return jwt.TryGetPayloadValue<string>(appIdClaim, out var appId) && string.Equals(appId, _settings.AppId, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationOutcome.Authenticated(_settings.AppId)
            : AuthenticationOutcome.Failed($"The Emulator token's {appIdClaim} claim is not this bot's app id.");
    }

    private async Task<(JsonWebToken? Token, EndorsedKey? Key, AuthenticationOutcome? Failure)> ValidateAsync(
        string token, JsonWebToken unverified, SigningKeySource keySource, IEnumerable<string> issuers, IEnumerable<string> audiences, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(unverified.Kid))
        {
            return (null, null, AuthenticationOutcome.Failed("The token names no signing key (kid)."));
        }

        var keys = await keySource.GetKeysAsync(unverified.Kid, cancellationToken);
        if (keys is null)
        {
            return (null, null, AuthenticationOutcome.CannotCheck("No signing keys are available: the OpenID metadata could not be fetched."));
        }

        if (!keys.TryGetValue(unverified.Kid, out var key))
        {
            return (null, null, AuthenticationOutcome.Failed("The token is signed with an unknown key."));
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudiences = audiences,
            IssuerSigningKey = key.Key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AuthenticationConstants.AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = AuthenticationConstants.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(notBefore, expires),
        };
        var result = await Handler.ValidateTokenAsync(token, parameters);
        return result.IsValid && result.SecurityToken is JsonWebToken jwt
            ? (jwt, key, null)
            : (null, null, AuthenticationOutcome.Failed($"The token failed validation ({result.Exception?.GetType().Name ?? "unknown reason"})."));
    }

    /// <summary>Lifetime against the injected clock, with the 5-minute skew (protocol doc §3.1); a token must expire.</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var skew = AuthenticationConstants.ClockSkew;
        return expires is { } exp
            && now - skew < exp.ToUniversalTime()
            && (notBefore is not { } nbf || (nbf.ToUniversalTime() <= now + skew && nbf <= exp));
    }
}
