using Bot.Core.Schema;

namespace Bot.Core.Authentication;

/// <summary>Decides whether an inbound activity really comes from a channel we trust (protocol doc §3.2).</summary>
public interface IChannelAuthenticator
{
    /// <summary>Checks the request's <c>Authorization</c> header against the activity. Never throws for a bad token.</summary>
    Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>The result of authenticating one request; <see cref="FailureReason"/> is for logs, never for the caller.</summary>
public sealed record AuthenticationOutcome(bool Succeeded, string? AppId, string? FailureReason)
{
    /// <summary>Accepted without a token: the bot runs without an app id (local Emulator mode).</summary>
    public static AuthenticationOutcome Anonymous { get; } = new(true, null, null);

    public static AuthenticationOutcome Authenticated(string appId) => new(true, appId, null);

    public static AuthenticationOutcome Failed(string reason) => new(false, null, reason);

    /// <summary>The token could not be checked at all for now (no signing keys); not the sender's fault.</summary>
    public static AuthenticationOutcome CannotCheck(string reason) => new(false, null, reason) { Unavailable = true };

    /// <summary>True when the failure is ours and temporary (issue 13: answer 503, not 401).</summary>
    public bool Unavailable { get; init; }
}

/// <summary>
/// Bot credentials for outbound connector calls. Returns null when no Authorization header must be
/// sent (no app id: protocol doc §3.4, "No app id → never attach an Authorization header").
/// </summary>
public interface IAccessTokenProvider
{
    Task<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken);

    /// <summary>
    /// The connector refused <paramref name="token"/> (401/403): drop it if it is still the cached one,
    /// so the next call fetches a fresh token (protocol doc §3.4, "refresh once and retry").
    /// </summary>
    void Reject(string token);
}

/// <summary>An authenticator that adds checks around another (Direct Line's guard); readiness looks through it to the signing keys.</summary>
public interface IChannelAuthenticatorDecorator
{
    IChannelAuthenticator Inner { get; }
}
