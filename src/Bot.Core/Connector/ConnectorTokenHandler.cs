using System.Net;
using System.Net.Http.Headers;
using Bot.Core.Authentication;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Connector;

/// <summary>
/// Attaches the bot's token to each connector attempt (none without an app id, protocol doc §3.4),
/// and when the connector refuses it (401/403) drops it and tries once more with a fresh one: a token
/// may be revoked or rotated before it expires.
/// </summary>
internal sealed class ConnectorTokenHandler(IAccessTokenProvider tokens, ILogger<HttpConnectorClient> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(ConnectorHttp.ServiceUrl, out var serviceUrl))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var token = await tokens.GetAccessTokenAsync(serviceUrl, cancellationToken);
        var response = await SendWithAsync(request, token, cancellationToken);
        if (token is null || response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
        {
            return response;
        }

        request.Options.TryGetValue(ConnectorHttp.ConversationHash, out var conversation);
        Log.ConnectorRefusedToken(logger, conversation ?? "-", (int)response.StatusCode);
        response.Dispose();
        tokens.Reject(token);
        return await SendWithAsync(request, await tokens.GetAccessTokenAsync(serviceUrl, cancellationToken), cancellationToken);
    }

    private Task<HttpResponseMessage> SendWithAsync(HttpRequestMessage request, string? token, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}
