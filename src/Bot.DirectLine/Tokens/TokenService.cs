using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine.Tokens;

/// <summary>
/// Issues and checks Direct Line tokens: compact HS256 JWTs whose claims are <c>conv</c> (the one
/// conversation granted), <c>user</c> (the <c>dl_</c> user id) and <c>exp</c>, signed with a key drawn
/// at start-up. No server-side table is needed, a token cannot be forged or edited, and tokens die
/// with the process like the in-memory conversations they grant. The JWT shape matters to clients:
/// DirectLineJS and Web Chat read the <c>user</c> claim and adopt it as the user id, which is the only
/// way they accept a <c>dl_</c> id (protocol doc §5.3).
/// </summary>
internal sealed class TokenService(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private static readonly string Header = WebEncoders.Base64UrlEncode("""{"alg":"HS256","typ":"JWT"}"""u8.ToArray());
    private static readonly System.Buffers.SearchValues<char> UrlSafe = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>A fresh conversation id: 128 random bits, URL-safe.</summary>
    public static string NewConversationId() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));

    /// <summary>A fresh user id with the <c>dl_</c> prefix Direct Line reserves for ids embedded in tokens.</summary>
    public static string NewUserId() => "dl_" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(12));

    /// <summary>Whether <paramref name="userId"/> has the shape of <see cref="NewUserId"/>: <c>dl_</c> and 16 URL-safe characters.</summary>
    public static bool IsIssuedUserId(string userId) =>
        userId is { Length: 19 } && userId.StartsWith("dl_", StringComparison.Ordinal) && !userId.AsSpan(3).ContainsAnyExcept(UrlSafe);

    public (string Token, DirectLineToken Grant) Issue(string conversationId, string userId)
    {
        var expires = DateTimeOffset.FromUnixTimeSeconds((time.GetUtcNow() + Lifetime).ToUnixTimeSeconds());
        var grant = new DirectLineToken(conversationId, userId, expires);
        var signed = Header + "." + WebEncoders.Base64UrlEncode(Claims(grant));
        return (signed + "." + WebEncoders.Base64UrlEncode(Sign(signed)), grant);
    }

    public TokenFailure Validate(string? token, out DirectLineToken? grant)
    {
        grant = null;
        if (string.IsNullOrWhiteSpace(token))
        {
            return TokenFailure.Missing;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(WebEncoders.Base64UrlEncode(Sign(parts[0] + "." + parts[1]))), Encoding.ASCII.GetBytes(parts[2])))
        {
            return TokenFailure.Invalid;
        }

        grant = Parse(WebEncoders.Base64UrlDecode(parts[1]));
        if (grant is null)
        {
            return TokenFailure.Invalid;
        }

        return grant.ExpiresAt <= time.GetUtcNow() ? TokenFailure.Expired : TokenFailure.None;
    }

    private byte[] Sign(string headerAndClaims) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(headerAndClaims));

    private static byte[] Claims(DirectLineToken grant)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("conv", grant.ConversationId);
            writer.WriteString("user", grant.UserId);
            writer.WriteNumber("exp", grant.ExpiresAt.ToUnixTimeSeconds());
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads claims this service signed; null only if they are not what it writes.</summary>
    private static DirectLineToken? Parse(byte[] claims)
    {
        using var document = JsonDocument.Parse(claims);
        var root = document.RootElement;
        return root.TryGetProperty("conv", out var conversation) && root.TryGetProperty("user", out var user) && root.TryGetProperty("exp", out var exp)
            && conversation.GetString() is { } conversationId && user.GetString() is { } userId && exp.TryGetInt64(out var seconds)
            ? new DirectLineToken(conversationId, userId, DateTimeOffset.FromUnixTimeSeconds(seconds))
            : null;
    }
}
