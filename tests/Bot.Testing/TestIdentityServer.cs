using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Testing;

/// <summary>
/// The identity side of Azure Bot Service on 127.0.0.1 with an ephemeral port (issue #7): OpenID
/// metadata and key sets for channel and Emulator tokens (keys made here, channel keys with
/// endorsements), a client credentials token endpoint and a managed identity endpoint. It also
/// signs test tokens with its keys, or with keys it never publishes.
/// </summary>
public sealed class TestIdentityServer : IAsyncDisposable
{
    public const string ChannelKeyId = "channel-key-1";
    public const string EmulatorKeyId = "emulator-key-1";
    /// <summary>A tenant whose token endpoint answers 400 <c>invalid_client</c>, like a single-tenant app asking the wrong authority.</summary>
    public const string UnknownTenant = "unknown-tenant";
    public static readonly string[] DefaultEndorsements = ["msteams", "emulator", "webchat", "directline"];

    // Generating RSA keys is slow on small machines; every server with the same kid shares the key for the process's lifetime.
    private static readonly ConcurrentDictionary<string, RSA> KeyMaterial = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, SigningKey> _keys = new();
    private int _tokenCount;
    private int _channelKeySetRequests;
    private readonly TaskCompletionSource _channelKeysRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TestIdentityServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string ChannelMetadataUrl => $"{BaseUrl}/channel/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => $"{BaseUrl}/emulator/.well-known/openid-configuration";

    public string ManagedIdentityUrl => $"{BaseUrl}/msi";

    /// <summary>The authority (login URL with tenant) whose token endpoint this server answers.</summary>
    public string LoginUrl(string tenant) => $"{BaseUrl}/{tenant}";

    public int ChannelKeySetRequests => Volatile.Read(ref _channelKeySetRequests);

    public ConcurrentQueue<TokenRequest> TokenRequests { get; } = new();

    /// <summary>How long issued outbound tokens live, in seconds.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3599;

    /// <summary>When set, the channel key set is answered only once this completes (a slow identity endpoint).</summary>
    public TaskCompletionSource? HoldChannelKeys { get; set; }

    /// <summary>Completes when the channel key set is first asked for, so a test can wait for it instead of polling.</summary>
    public Task ChannelKeysRequested => _channelKeysRequested.Task;

    public static async Task<TestIdentityServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new TestIdentityServer(app);
        server.AddKey(ChannelKeyId, KeyUse.Channel, DefaultEndorsements);
        server.AddKey(EmulatorKeyId, KeyUse.Emulator, null);
        app.MapGet("/channel/.well-known/openidconfiguration", () => Metadata(server.BaseUrl, "channel"));
        app.MapGet("/emulator/.well-known/openid-configuration", () => Metadata(server.BaseUrl, "emulator"));
        app.MapGet("/channel/keys", async () =>
        {
            Interlocked.Increment(ref server._channelKeySetRequests);
            server._channelKeysRequested.TrySetResult();
            if (server.HoldChannelKeys is { } hold)
            {
                await hold.Task;
            }

            return server.KeySet(KeyUse.Channel);
        });
        app.MapGet("/emulator/keys", () => server.KeySet(KeyUse.Emulator));
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            server.TokenRequests.Enqueue(new TokenRequest(tenant, form.ToDictionary(f => f.Key, f => f.Value.ToString()), null));
            if (tenant == UnknownTenant)
            {
                return Results.Text("""{"error":"invalid_client","error_description":"AADSTS700016: Application not found in the directory."}""", "application/json", statusCode: 400);
            }

            return Results.Text($$"""{"token_type":"Bearer","expires_in":{{server.TokenLifetimeSeconds}},"ext_expires_in":3599,"access_token":"{{server.NextToken()}}"}""", "application/json");
        });
        app.MapGet("/msi", (HttpRequest request) =>
        {
            server.TokenRequests.Enqueue(new TokenRequest(null, request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()), request.Headers["X-IDENTITY-HEADER"].ToString()));
            const long expiresOn = 2_000_000_000; // 2033: far beyond any test clock
            return Results.Text($$"""{"access_token":"{{server.NextToken()}}","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer"}""", "application/json");
        });
        await app.StartAsync(cancellationToken);
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return server;
    }

    /// <summary>Publishes a new channel key (a key rotation); tokens can then be signed with it.</summary>
    public void AddChannelKey(string keyId, params string[] endorsements) => AddKey(keyId, KeyUse.Channel, endorsements);

    /// <summary>Makes a key that is never published, for forged tokens.</summary>
    public void AddUnpublishedKey(string keyId) => AddKey(keyId, KeyUse.None, null);

    /// <summary>Signs <paramref name="payload"/> with the named key, RS256 unless told otherwise.</summary>
    public string Sign(string keyId, JsonObject payload, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var key = new RsaSecurityKey(_keys[keyId].Rsa) { KeyId = keyId };
        return new JsonWebTokenHandler().CreateToken(payload.ToJsonString(), new SigningCredentials(key, algorithm));
    }

    /// <summary>A token with <c>alg: none</c> and no signature.</summary>
    public static string UnsignedToken(JsonObject payload, string keyId = ChannelKeyId)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = keyId };
        return $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.";
    }

    /// <summary>The claims of a Bot Connector token for <paramref name="appId"/>, valid for an hour from <paramref name="now"/>.</summary>
    public static JsonObject ChannelClaims(string appId, string serviceUrl, DateTimeOffset now) => new()
    {
        ["iss"] = "https://api.botframework.com",
        ["aud"] = appId,
        ["serviceurl"] = serviceUrl,
        ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
        ["iat"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
        ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void AddKey(string keyId, KeyUse use, string[]? endorsements) => _keys[keyId] = new SigningKey(KeyMaterial.GetOrAdd(keyId, _ => RSA.Create(2048)), use, endorsements);

    private string NextToken() => $"outbound-token-{Interlocked.Increment(ref _tokenCount)}";

    private static IResult Metadata(string baseUrl, string name) =>
        Results.Text(new JsonObject { ["issuer"] = "https://api.botframework.com", ["jwks_uri"] = $"{baseUrl}/{name}/keys", ["id_token_signing_alg_values_supported"] = new JsonArray("RS256") }.ToJsonString(), "application/json");

    private IResult KeySet(KeyUse use)
    {
        var keys = new JsonArray();
        foreach (var (keyId, key) in _keys.Where(k => k.Value.Use == use).OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = keyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (key.Endorsements is { } endorsements)
            {
                jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode?)e)]);
            }

            keys.Add(jwk);
        }

        return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
    }

    private enum KeyUse
    {
        None,
        Channel,
        Emulator,
    }

    private sealed record SigningKey(RSA Rsa, KeyUse Use, string[]? Endorsements);
}

/// <summary>One request to a token endpoint: the tenant in its path (client credentials), its form or query, and the identity header (managed identity).</summary>
public sealed record TokenRequest(string? Tenant, IReadOnlyDictionary<string, string> Fields, string? IdentityHeader);
