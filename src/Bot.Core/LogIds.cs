using System.Security.Cryptography;
using System.Text;

namespace Bot.Core;

/// <summary>
/// Conversation ids name people in some channels and are chosen by the sender in others, so logs
/// carry a short stable hash instead (issue 13): the same conversation always hashes the same, and
/// an operator holding an id can compute its hash to find its lines.
/// </summary>
public static class LogIds
{
    public static string Hash(string? id) =>
        id is null ? "-" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)).AsSpan(0, 6));
}
