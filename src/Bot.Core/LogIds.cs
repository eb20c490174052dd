using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Core;

/// <summary>
/// What a log may say about a conversation: a short hash of its id, never the id itself. Logs are read
/// by more people than may act in a conversation, and the id is what addresses it (issue 13, A1). The
/// same id always gives the same hash, so one conversation's events still line up. Every <c>Log</c>
/// method that takes a conversation id passes it through here.
/// </summary>
public static class LogIds
{
    private const string Prefix = "#";
    private const int HexLength = 12;
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    /// <summary>
    /// <c>#</c> and the first 12 hex digits of the id's SHA-256. Idempotent: a value that is already such
    /// a hash is returned unchanged, so a caller that hashed before calling a <c>Log</c> method that
    /// hashes too still logs the same value.
    /// </summary>
    public static string Hash(string? conversationId)
    {
        if (conversationId is null)
        {
            return "-";
        }

        if (IsHash(conversationId))
        {
            return conversationId;
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(conversationId), digest);
        return Prefix + Convert.ToHexStringLower(digest)[..HexLength];
    }

    private static bool IsHash(string value) =>
        value.Length == Prefix.Length + HexLength && value.StartsWith(Prefix, StringComparison.Ordinal) && !value.AsSpan(Prefix.Length).ContainsAnyExcept(LowerHex);
}
