using System.Text.Json;
using Bot.Core.Schema;
using Bot.DirectLine.Endpoints;
using Bot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bot.DirectLine.WebChat;

/// <summary>
/// <c>POST /api/webchat/token</c>: the page's same-origin token source. Same origin is why no CORS
/// policy is configured anywhere: the page, this endpoint and /v3/directline share one origin (a page
/// on another origin would need CORS for Authorization, x-ms-bot-agent and Content-Type, protocol doc §5.3).
/// </summary>
internal static class WebChatTokenEndpoint
{
    public static async Task<Results<JsonHttpResult<WebChatTokenResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(HttpRequest request, IWebChatTokenSource source, CancellationToken cancellationToken)
    {
        var token = await source.CreateAsync(await ReturningUserAsync(request, cancellationToken), cancellationToken);
        return token is null
            ? DirectLineHttp.Error(502, "ServiceError", "No chat token is available right now.")
            : TypedResults.Json(token, DirectLineJsonContext.Default.WebChatTokenResponse);
    }

    /// <summary>
    /// The user id the page kept from an earlier token (<c>{"user":{"id":"dl_..."}}</c>), so a reload or a bot
    /// restart can offer to continue (issue 14). Only an id of the shape this server issues is taken: it is
    /// 96 random bits that only that browser holds, so presenting it is the proof; anything else gets a new id.
    /// </summary>
    private static async Task<string?> ReturningUserAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        const int MaxBodyBytes = 1024;
        if (!request.HasJsonContentType() || request.ContentLength is 0 or > MaxBodyBytes)
        {
            return null;
        }

        var buffer = new byte[MaxBodyBytes + 1];
        var length = await request.Body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        if (length > MaxBodyBytes)
        {
            return null;
        }

        try
        {
            var body = JsonSerializer.Deserialize(buffer.AsSpan(0, length), DirectLineJsonContext.Default.TokenGenerateRequest);
            return body?.User?.Id is { } id && TokenService.IsIssuedUserId(id) ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
