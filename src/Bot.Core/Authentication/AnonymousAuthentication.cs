using Bot.Core.Schema;

namespace Bot.Core.Authentication;

/// <summary>
/// Authentication when no MicrosoftAppId is configured: requests without a token are accepted.
/// A request that does carry a token is rejected, because without an app id it cannot be validated
/// (the SDK does the same: protocol doc §3.2 step 1). Since nobody vouches for the serviceUrl, an
/// activity may only name one on this machine (the Emulator, a local test channel) or one the operator
/// allowed: otherwise a bot exposed by mistake would POST its replies wherever it is told, cloud
/// metadata endpoints included (issue 13, SSRF).
/// </summary>
internal sealed class AnonymousChannelAuthenticator : IChannelAuthenticator
{
    private readonly Uri[] _allowed;

    /// <summary>Loopback serviceUrls only.</summary>
    public AnonymousChannelAuthenticator()
        : this([])
    {
    }

    /// <param name="allowedServiceUrls">Origins (scheme, host, port) accepted besides loopback ones.</param>
    public AnonymousChannelAuthenticator(IEnumerable<string> allowedServiceUrls)
    {
        ArgumentNullException.ThrowIfNull(allowedServiceUrls);
        _allowed = [.. allowedServiceUrls.Select(url => new Uri(url, UriKind.Absolute))];
    }

    public Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return Task.FromResult(AuthenticationOutcome.Failed("An Authorization header was sent, but no MicrosoftAppId is configured to validate it."));
        }

        return Task.FromResult(activity.ServiceUrl is null || IsAllowed(activity.ServiceUrl)
            ? AuthenticationOutcome.Anonymous
            : AuthenticationOutcome.Failed("Authentication is off, so replies go only to a loopback serviceUrl or one in Bot:AllowedServiceUrls."));
    }

    private bool IsAllowed(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && (uri.IsLoopback || _allowed.Any(allowed => Uri.Compare(uri, allowed, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0));
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
