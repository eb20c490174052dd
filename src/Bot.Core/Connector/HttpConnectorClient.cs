using System.Net.Http.Headers;
using System.Text.Json;
using Bot.Core.Schema;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace Bot.Core.Connector;

/// <summary>
/// The Connector API over HTTP (protocol doc §2). Any 2xx is success, with or without a body. Retries,
/// time-outs and the bot's token live in the named client's handlers (<see cref="ConnectorHttp"/>); here a
/// final failure of any kind (status, time-out, refused connection) is logged with the hashed
/// conversation id and thrown as <see cref="ConnectorException"/>, never swallowed.
/// </summary>
internal sealed class HttpConnectorClient(IHttpClientFactory httpClientFactory, ILogger<HttpConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "BotConnector";

    /// <summary>Issue 13, R4: the most of a connector's answer the bot reads; a resource response is tiny.</summary>
    public const int MaxResponseBytes = 64 * 1024;

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
        var conversation = LogIds.Hash(conversationId);
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            // Issue 12: a body with a Content-Length, as the SDK sends and channel-side logs expect, not a chunked stream.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, BotJsonContext.Default.Activity));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        request.Options.Set(ConnectorHttp.ServiceUrl, serviceUrl);
        request.Options.Set(ConnectorHttp.ConversationHash, conversation);
        var host = uri.GetLeftPart(UriPartial.Authority);
        try
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var text = await ReadBoundedAsync(response.Content, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return ReadResource(text);
            }

            var error = ReadErrorCode(text);
            Log.ConnectorFailed(logger, conversation, (int)response.StatusCode, error);
            throw new ConnectorException($"The channel answered {(int)response.StatusCode} ({error ?? "no error code"}).", (int)response.StatusCode, error);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Issue 13, D1: a time-out or refused connection is a delivery failure like any other, not a bug.
            Log.ConnectorUnreachable(logger, conversation, host, ex.GetType().Name);
            throw new ConnectorException($"The channel at {host} could not be reached in time.", null, null, ex);
        }
    }

    /// <summary>The body as text, or null when it is larger than <see cref="MaxResponseBytes"/> (the rest is never read).</summary>
    private static async Task<string?> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxResponseBytes)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxResponseBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > MaxResponseBytes ? null : System.Text.Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static ResourceResponse ReadResource(string? text)
    {
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

    private static string? ReadErrorCode(string? text)
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize(text, BotJsonContext.Default.ErrorResponse)?.Error?.Code;
        }
        catch (JsonException)
        {
            return null; // Protocol doc §2.3: error bodies may be missing or not JSON.
        }
    }
}
