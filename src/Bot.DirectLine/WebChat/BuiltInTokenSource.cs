using Bot.DirectLine.Endpoints;
using Bot.DirectLine.Tokens;

namespace Bot.DirectLine.WebChat;

/// <summary>A token from this server's own Direct Line endpoint; the page uses it at <c>{origin}/v3/directline</c>.</summary>
internal sealed class BuiltInTokenSource(TokenService tokens) : IWebChatTokenSource
{
    public Task<WebChatTokenResponse?> CreateAsync(string? userId, CancellationToken cancellationToken)
    {
        var (token, grant) = tokens.Issue(TokenService.NewConversationId(), userId ?? TokenService.NewUserId());
        return Task.FromResult<WebChatTokenResponse?>(new WebChatTokenResponse(token, grant.UserId, (int)tokens.Lifetime.TotalSeconds, Domain: null));
    }
}
