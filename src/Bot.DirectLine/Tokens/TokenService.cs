using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine.Tokens;

/// <summary>
/// Issues and checks Direct Line tokens. A token is opaque to clients: base64url of
/// <c>expiry (8 bytes) | conversation id | 0 | user id</c> followed by an HMAC-SHA256 of those bytes,
/// under a key drawn at start-up. So tokens need no server-side table, cannot be forged or edited,
/// and die with the process, like the in-memory conversations they grant. It is a single segment
/// without dots, so DirectLineJS's attempt to read it as a JWT fails harmlessly (protocol doc §5.3).
/// </summary>
internal sealed class TokenService(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const int MacLength = 32;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>A fresh conversation id: 128 random bits, URL-safe.</summary>
    public static string NewConversationId() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));

    /// <summary>A fresh user id with the <c>dl_</c> prefix Direct Line reserves for ids embedded in tokens.</summary>
    public static string NewUserId() => "dl_" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(12));

    public (string Token, DirectLineToken Grant) Issue(string conversationId, string userId)
    {
        var grant = new DirectLineToken(conversationId, userId, time.GetUtcNow() + Lifetime);
        var payload = Payload(grant);
        var token = new byte[payload.Length + MacLength];
        payload.CopyTo(token, 0);
        HMACSHA256.HashData(_key, payload, token.AsSpan(payload.Length));
        return (WebEncoders.Base64UrlEncode(token), grant);
    }

    public TokenFailure Validate(string? token, out DirectLineToken? grant)
    {
        grant = null;
        if (string.IsNullOrWhiteSpace(token))
        {
            return TokenFailure.Missing;
        }

        if (!TryDecode(token, out var bytes) || bytes.Length <= 8 + MacLength)
        {
            return TokenFailure.Invalid;
        }

        var payload = bytes.AsSpan(0, bytes.Length - MacLength);
        Span<byte> expected = stackalloc byte[MacLength];
        HMACSHA256.HashData(_key, payload, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(payload.Length)))
        {
            return TokenFailure.Invalid;
        }

        grant = Parse(payload);
        return grant.ExpiresAt <= time.GetUtcNow() ? TokenFailure.Expired : TokenFailure.None;
    }

    private static byte[] Payload(DirectLineToken grant)
    {
        var ids = Encoding.UTF8.GetBytes($"{grant.ConversationId}\0{grant.UserId}");
        var payload = new byte[8 + ids.Length];
        BinaryPrimitives.WriteInt64BigEndian(payload, grant.ExpiresAt.ToUnixTimeMilliseconds());
        ids.CopyTo(payload, 8);
        return payload;
    }

    private static DirectLineToken Parse(ReadOnlySpan<byte> payload)
    {
        var expires = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(payload));
        var ids = Encoding.UTF8.GetString(payload[8..]).Split('\0', 2);
        return new DirectLineToken(ids[0], ids.Length > 1 ? ids[1] : "", expires);
    }

    private static bool TryDecode(string token, out byte[] bytes)
    {
        try
        {
            bytes = WebEncoders.Base64UrlDecode(token);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
