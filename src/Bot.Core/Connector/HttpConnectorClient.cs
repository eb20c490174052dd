using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Authentication;
using Bot.Core.Schema;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Connector;

/// <summary>
/// The Connector API over HTTP (protocol doc §2). Any 2xx is success, with or without a body;
/// transient failures are retried by <see cref="RetryPolicy"/>; a final failure is logged with the
/// conversation id and thrown as <see cref="ConnectorException"/>, never swallowed.
/// </summary>
internal sealed class HttpConnectorClient(
    IHttpClientFactory httpClientFactory,
    IAccessTokenProvider tokens,
    TimeProvider time,
    ILogger<HttpConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "BotConnector";
    private readonly RetryPolicy _retry = new(() => System.Security.Cryptography.RandomNumberGenerator.GetInt32(1 << 24) / (double)(1 << 24));

    public Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, conversationId, ConnectorUris.Activities(serviceUrl, conversationId), activity, cancellationToken);

    public Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, conversationId, ConnectorUris.Activities(serviceUrl, conversationId, activityId), activity, cancellationToken);

    public Task<ResourceResponse?> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, serviceUrl, conversationId, ConnectorUris.Activities(serviceUrl, conversationId, activityId), activity, cancellationToken);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, serviceUrl, conversationId, ConnectorUris.Activities(serviceUrl, conversationId, activityId), body: null, cancellationToken);

    private async Task<ResourceResponse?> SendAsync(HttpMethod method, string serviceUrl, string conversationId, Uri uri, Activity? body, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        var refusedTokenRefreshed = false;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, BotJsonContext.Default.Activity);
            }

            var token = await tokens.GetAccessTokenAsync(serviceUrl, cancellationToken);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                Log.ConnectorUnreachable(logger, conversationId, uri.GetLeftPart(UriPartial.Authority), ex);
                throw new ConnectorException($"The channel at {uri.GetLeftPart(UriPartial.Authority)} could not be reached.", null, null, ex);
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    return await ReadResourceAsync(response, cancellationToken);
                }

                // Protocol doc §3.4: a refused token may have been revoked or rotated early; refresh once and retry.
                if (token is not null && !refusedTokenRefreshed && response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    refusedTokenRefreshed = true;
                    tokens.Reject(token);
                    Log.ConnectorRefusedToken(logger, conversationId, (int)response.StatusCode);
                    continue;
                }

                var delay = _retry.DelayBeforeRetry(attempt, response.StatusCode, response.Headers.RetryAfter, time.GetUtcNow());
                var error = await ReadErrorCodeAsync(response, cancellationToken);
                if (delay is null)
                {
                    Log.ConnectorFailed(logger, conversationId, (int)response.StatusCode, error, attempt);
                    throw new ConnectorException($"The channel answered {(int)response.StatusCode} ({error ?? "no error code"}).", (int)response.StatusCode, error);
                }

                Log.ConnectorRetrying(logger, conversationId, (int)response.StatusCode, delay.Value.TotalMilliseconds, attempt);
                await Task.Delay(delay.Value, time, cancellationToken);
            }
        }
    }

    private static async Task<ResourceResponse?> ReadResourceAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ResourceResponse();
        }

        try
        {
            return JsonSerializer.Deserialize(text, BotJsonContext.Default.ResourceResponse) ?? new ResourceResponse();
        }
        catch (JsonException)
        {
            // Protocol doc §2.2: some channels answer 2xx with a body that is not a ResourceResponse; delivery still succeeded.
            return new ResourceResponse();
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize(text, BotJsonContext.Default.ErrorResponse)?.Error?.Code;
        }
        catch (JsonException)
        {
            return null; // Protocol doc §2.3: error bodies may be missing or not JSON.
        }
    }
}
