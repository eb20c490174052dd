using Bot.Core.Schema;
using Bot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bot.DirectLine.Endpoints;

/// <summary>Request plumbing shared by the Direct Line endpoints: token checks, bounded bodies, errors.</summary>
internal static class DirectLineHttp
{
    /// <summary>
    /// Checks the bearer token (or the stream URL's <c>t</c>) and, when <paramref name="conversationId"/>
    /// is given, that the token grants that conversation. A token for another conversation gets the same
    /// 403 whether or not that conversation exists, so nothing is revealed about it.
    /// </summary>
    public static JsonHttpResult<ErrorResponse>? Authorize(TokenService tokens, string? token, string? conversationId, out DirectLineToken grant)
    {
        var failure = tokens.Validate(token, out var checkedGrant);
        if (failure == TokenFailure.None && conversationId is not null && !string.Equals(checkedGrant!.ConversationId, conversationId, StringComparison.Ordinal))
        {
            failure = TokenFailure.Invalid;
        }

        grant = checkedGrant!;
        return failure switch
        {
            TokenFailure.None => null,
            TokenFailure.Missing => Error(401, "MissingProperty", "Send 'Authorization: Bearer <token>'."),
            TokenFailure.Expired => Error(403, "TokenExpired", "The token has expired."),
            _ => Error(403, "BadArgument", "The token is not valid for this conversation."),
        };
    }

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    public static JsonHttpResult<ErrorResponse> Error(int status, string code, string message) =>
        TypedResults.Json(new ErrorResponse { Error = new ErrorDetail { Code = code, Message = message } }, BotJsonContext.Default.ErrorResponse, statusCode: status);

    /// <summary>Parses a watermark query value: absent → null, a non-negative integer → it, anything else → false.</summary>
    public static bool TryParseWatermark(string? value, out long? watermark)
    {
        watermark = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            watermark = parsed;
            return true;
        }

        return false;
    }

    /// <summary>Reads the body up to <paramref name="maxBytes"/>; null when it is larger (413).</summary>
    public static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static JsonHttpResult<ErrorResponse> TooLarge(int maxBytes) =>
        Error(413, "MessageSizeTooBig", $"The request is larger than the {maxBytes / 1024} KB this endpoint accepts.");

    /// <summary>Who is asking, for per-client limits: the client's IP (the proxy's unless forwarded headers are on).</summary>
    public static string ClientKey(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// The pre-authorized stream URL (protocol doc §5.2): <c>ws://</c>, or <c>wss://</c> when the request
    /// came over TLS (behind a TLS-terminating proxy, enable forwarded headers so the scheme is right).
    /// </summary>
    public static string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is { } w ? $"{url}&watermark={w}" : url;
    }
}
