using System.Globalization;
using System.Text.Json;

namespace Bot.Core.Authentication;

/// <summary>Reads Entra and managed identity token responses (protocol doc §3.4) without a DTO per dialect.</summary>
internal static class TokenResponse
{
    /// <summary>Reads <c>access_token</c> and the expiry: <c>expires_in</c> (seconds from now) or <c>expires_on</c> (unix seconds).</summary>
    public static AccessToken Read(string json, DateTimeOffset now)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var token = root.TryGetProperty("access_token", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (string.IsNullOrEmpty(token))
        {
            throw new AccessTokenException("The token response has no access_token.");
        }

        if (Seconds(root, "expires_in") is { } expiresIn)
        {
            return new AccessToken(token, now.AddSeconds(expiresIn));
        }

        return Seconds(root, "expires_on") is { } expiresOn
            ? new AccessToken(token, DateTimeOffset.FromUnixTimeSeconds(expiresOn))
            : throw new AccessTokenException("The token response has no expiry.");
    }

    /// <summary>The error code of a failed token request, e.g. <c>invalid_client</c>; null when there is none.</summary>
    public static string? ReadError(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
                ? error.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Entra sends numbers; App Service's identity endpoint sends numbers as strings.
    private static long? Seconds(JsonElement root, string name) => root.TryGetProperty(name, out var value)
        ? value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        }
        : null;
}
