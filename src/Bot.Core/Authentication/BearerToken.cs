using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Core.Authentication;

/// <summary>Reads the <c>Authorization</c> header: exactly <c>Bearer</c> and one token (protocol doc §3.2 step 2).</summary>
internal static class BearerToken
{
    public static bool TryParse(string? header, [NotNullWhen(true)] out string? token, [NotNullWhen(false)] out string? failure)
    {
        token = null;
        if (string.IsNullOrWhiteSpace(header))
        {
            failure = "No Authorization header.";
            return false;
        }

        var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal))
        {
            failure = "The Authorization header is not 'Bearer <token>'.";
            return false;
        }

        token = parts[1];
        failure = null;
        return true;
    }

    /// <summary>Reads a token's header and claims without verifying anything, to decide how to verify it.</summary>
    public static JsonWebToken? ReadUnverified(JsonWebTokenHandler handler, string token)
    {
        if (!handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return new JsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            return null;
        }
    }
}
