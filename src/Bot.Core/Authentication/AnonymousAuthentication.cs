using Bot.Core.Schema;

namespace Bot.Core.Authentication;

/// <summary>
/// Authentication when no MicrosoftAppId is configured: requests without a token are accepted.
/// A request that does carry a token is rejected, because without an app id it cannot be validated
/// (the SDK does the same: protocol doc §3.2 step 1).
/// </summary>
internal sealed class AnonymousChannelAuthenticator : IChannelAuthenticator
{
    public Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrWhiteSpace(authorizationHeader)
            ? AuthenticationOutcome.Anonymous
            : AuthenticationOutcome.Failed("An Authorization header was sent, but no MicrosoftAppId is configured to validate it."));
}

/// <summary>No app id: replies carry no Authorization header.</summary>
internal sealed class NoAccessTokenProvider : IAccessTokenProvider
{
    public Task<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public void Reject(string token)
    {
        // Never hands out a token, so there is none to drop.
    }
}
