using Microsoft.Extensions.Logging;

namespace Bot.Core.Authentication;

/// <summary>
/// The bot's token for replies (protocol doc §3.4): given only to service URLs that arrived in
/// authenticated activities, cached until five minutes before it expires or the connector refuses it,
/// refreshed by one caller at a time.
/// </summary>
internal sealed class BotAccessTokenProvider(IBotTokenClient tokenClient, TrustedServiceUrls trustedServiceUrls, TimeProvider time, ILogger<BotAccessTokenProvider> logger) : IAccessTokenProvider, IDisposable
{
    public static readonly TimeSpan RefreshBeforeExpiry = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private AccessToken? _cached;

    public async Task<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(serviceUrl) || !trustedServiceUrls.IsTrusted(serviceUrl))
        {
            Log.TokenWithheldFromUntrustedServiceUrl(logger, serviceUrl);
            return null;
        }

        if (Fresh(Volatile.Read(ref _cached)) is { } token)
        {
            return token.Value;
        }

        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_cached) is { } refreshedByOther)
            {
                return refreshedByOther.Value;
            }

            var fresh = await tokenClient.RequestTokenAsync(cancellationToken);
            Volatile.Write(ref _cached, fresh);
            Log.AccessTokenAcquired(logger, fresh.ExpiresOn);
            return fresh.Value;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void Reject(string token)
    {
        // Only the token that was refused: a caller that already refreshed keeps the new one.
        if (Volatile.Read(ref _cached) is { } cached && cached.Value == token)
        {
            Interlocked.CompareExchange(ref _cached, null, cached);
        }
    }

    public void Dispose() => _refreshLock.Dispose();

    private AccessToken? Fresh(AccessToken? token) =>
        token is not null && time.GetUtcNow() < token.ExpiresOn - RefreshBeforeExpiry ? token : null;
}
