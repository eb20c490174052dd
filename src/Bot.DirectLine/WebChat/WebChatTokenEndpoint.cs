using Bot.Core.Schema;
using Bot.DirectLine.Endpoints;
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
    public static async Task<Results<JsonHttpResult<WebChatTokenResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(IWebChatTokenSource source, CancellationToken cancellationToken)
    {
        var token = await source.CreateAsync(cancellationToken);
        return token is null
            ? DirectLineHttp.Error(502, "ServiceError", "No chat token is available right now.")
            : TypedResults.Json(token, DirectLineJsonContext.Default.WebChatTokenResponse);
    }
}
