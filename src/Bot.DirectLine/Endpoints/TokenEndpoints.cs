using Bot.DirectLine.Conversations;
using Bot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bot.DirectLine.Endpoints;

/// <summary><c>POST /v3/directline/tokens/generate</c> and <c>/tokens/refresh</c> (protocol doc §5.1).</summary>
internal static class TokenEndpoints
{
    /// <summary>
    /// A token for a new conversation and a new user. Azure asks for the secret here; the built-in
    /// endpoint is as open as the page it serves, so it asks for nothing, and the user id is always
    /// generated server-side (a client-chosen id could claim another user's state).
    /// </summary>
    public static JsonHttpResult<ConversationResponse> Generate(TokenService tokens)
    {
        var (token, grant) = tokens.Issue(TokenService.NewConversationId(), TokenService.NewUserId());
        return TypedResults.Json(Response(token, grant, tokens), DirectLineJsonContext.Default.ConversationResponse);
    }

    /// <summary>A new token for the same conversation and user, with a new expiry; an expired one gets 403.</summary>
    public static Results<JsonHttpResult<ConversationResponse>, JsonHttpResult<Bot.Core.Schema.ErrorResponse>> Refresh(HttpRequest request, TokenService tokens, ConversationStore conversations)
    {
        if (DirectLineHttp.Authorize(tokens, DirectLineHttp.BearerToken(request), null, out var old) is { } rejection)
        {
            return rejection;
        }

        var (token, grant) = tokens.Issue(old.ConversationId, old.UserId);
        conversations.Find(grant.ConversationId)?.ExtendTo(grant.ExpiresAt);
        return TypedResults.Json(Response(token, grant, tokens), DirectLineJsonContext.Default.ConversationResponse);
    }

    private static ConversationResponse Response(string token, DirectLineToken grant, TokenService tokens) =>
        new(grant.ConversationId, token, (int)tokens.Lifetime.TotalSeconds);
}
