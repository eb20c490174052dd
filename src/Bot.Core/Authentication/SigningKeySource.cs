using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Core.Authentication;

/// <summary>One key with the channels that endorse it (the JWKS entry's extra <c>endorsements</c> array).</summary>
internal sealed record EndorsedKey(JsonWebKey Key, IReadOnlyList<string>? Endorsements);

/// <summary>
/// The signing keys behind one OpenID metadata URL (its <c>jwks_uri</c>), cached. Refreshed at least
/// every 24 hours and, at most every five minutes, when a token names a key we do not have
/// (protocol doc §3.2, "Keys/metadata caching"). A failed refresh keeps the last good keys.
/// </summary>
internal sealed class SigningKeySource(Uri metadataUrl, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger logger)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan FailedRefreshRetryInterval = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private Task _refresh = Task.CompletedTask;
    private IReadOnlyDictionary<string, EndorsedKey>? _keys;
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset _attemptedAt = DateTimeOffset.MinValue;

    /// <summary>
    /// The cached keys by kid, refreshed first when stale or when <paramref name="keyId"/> is unknown;
    /// null if none could ever be fetched. One refresh runs at a time and belongs to no caller: a caller
    /// that gives up (its request aborted) stops waiting, but the refresh finishes for everyone else.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, EndorsedKey>?> GetKeysAsync(string keyId, CancellationToken cancellationToken)
    {
        Task refresh;
        lock (_gate)
        {
            if (_refresh.IsCompleted && NeedsRefresh(_keys, keyId))
            {
                _attemptedAt = time.GetUtcNow();
                _refresh = Task.Run(RefreshAsync, CancellationToken.None);
            }

            refresh = _refresh;
        }

        await refresh.WaitAsync(cancellationToken);
        return Volatile.Read(ref _keys);
    }

    /// <summary>Whether keys are held; when none are, one refresh is attempted first (no more often than a failed refresh allows).</summary>
    public async Task<bool> HasKeysAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _keys) is not null || await GetKeysAsync(string.Empty, cancellationToken) is not null;

    private bool NeedsRefresh(IReadOnlyDictionary<string, EndorsedKey>? keys, string keyId)
    {
        var now = time.GetUtcNow();
        if (keys is null || now - _fetchedAt >= RefreshInterval)
        {
            // Missing or stale; after a failed attempt wait a little, so an unreachable endpoint is not hammered.
            return now - _attemptedAt >= FailedRefreshRetryInterval;
        }

        return !keys.ContainsKey(keyId) && now - _attemptedAt >= UnknownKeyRefreshInterval;
    }

    // Bounded by the named client's timeout, not by any caller's cancellation.
    private async Task RefreshAsync()
    {
        var attemptedAt = _attemptedAt;
        try
        {
            var client = httpClientFactory.CreateClient(AuthenticationHttp.ClientName);
            var metadata = OpenIdConnectConfiguration.Create(await client.GetStringAsync(metadataUrl));
            if (!Uri.TryCreate(metadata.JwksUri, UriKind.Absolute, out var jwksUri))
            {
                Log.SigningKeysRefreshFailed(logger, metadataUrl.ToString(), "the metadata has no absolute jwks_uri", null);
                return;
            }

            var keys = ParseKeySet(await client.GetStringAsync(jwksUri));
            lock (_gate)
            {
                Volatile.Write(ref _keys, keys);
                _fetchedAt = attemptedAt;
            }

            Log.SigningKeysRefreshed(logger, metadataUrl.ToString(), keys.Count);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or ArgumentException or InvalidOperationException
            or KeyNotFoundException or TaskCanceledException)
        {
            Log.SigningKeysRefreshFailed(logger, metadataUrl.ToString(), ex.GetType().Name, ex);
        }
    }


    private static Dictionary<string, EndorsedKey> ParseKeySet(string json)
    {
        using var document = JsonDocument.Parse(json);
        var keys = new Dictionary<string, EndorsedKey>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            var key = JsonWebKey.Create(entry.GetRawText());
            if (string.IsNullOrEmpty(key.Kid))
            {
                continue; // Tokens are matched to keys by kid only.
            }

            var endorsements = entry.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
                : null;
            keys[key.Kid] = new EndorsedKey(key, endorsements);
        }

        return keys;
    }
}

/// <summary>The named HTTP client for identity endpoints (OpenID metadata, keys, token endpoints).</summary>
internal static class AuthenticationHttp
{
    public const string ClientName = "BotAuthentication";
}
