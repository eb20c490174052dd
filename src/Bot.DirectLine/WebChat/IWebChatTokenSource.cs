using Bot.DirectLine.Endpoints;

namespace Bot.DirectLine.WebChat;

/// <summary>Where the Web Chat page's token comes from: the built-in endpoint, or Azure Direct Line with a secret.</summary>
internal interface IWebChatTokenSource
{
    /// <summary>A token for a new conversation of <paramref name="userId"/> (null: a new user), or null when the source failed (502 to the page).</summary>
    Task<WebChatTokenResponse?> CreateAsync(string? userId, CancellationToken cancellationToken);
}
