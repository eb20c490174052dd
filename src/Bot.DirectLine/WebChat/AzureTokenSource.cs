using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.DirectLine.Endpoints;
using Bot.DirectLine.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine.WebChat;

/// <summary>
/// Exchanges the configured Direct Line secret for a token at Azure (<c>POST {AzureEndpoint}/tokens/generate</c>,
/// protocol doc §5.1), embedding the returning user's <c>dl_</c> id or a fresh one, so the secret stays on the server.
/// </summary>
internal sealed class AzureTokenSource(IHttpClientFactory clients, IOptions<DirectLineOptions> options, ILogger<AzureTokenSource> logger) : IWebChatTokenSource
{
    public const string HttpClientName = "AzureDirectLine";

    public async Task<WebChatTokenResponse?> CreateAsync(string? userId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        userId ??= TokenService.NewUserId();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.AzureEndpoint.ToString().TrimEnd('/') + "/tokens/generate"))
        {
            Content = JsonContent.Create(new TokenGenerateRequest(new TokenUser(userId)), DirectLineJsonContext.Default.TokenGenerateRequest),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Secret);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Log.AzureTokenFailed(logger, (int)response.StatusCode);
                return null;
            }

            var body = await response.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.ConversationResponse, cancellationToken);
            return body?.Token is { Length: > 0 } token
                ? new WebChatTokenResponse(token, userId, body.ExpiresIn ?? 1800, settings.AzureEndpoint.ToString().TrimEnd('/'))
                : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.AzureUnreachable(logger, ex);
            return null;
        }
    }
}
