using System.Buffers;
using System.Text.Json;
using Bot.Core.Schema;
using Bot.Core.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: the inbound HTTP contract of a Bot Framework bot (protocol doc §2.6).
/// Every rejection happens before authentication and the turn, so nothing rejected reaches the bot
/// or touches state, and rejections carry problem details without internals.
/// </summary>
public static class BotMessagesEndpoint
{
    /// <summary>When a channel should retry after a 503 for missing signing keys (their refetch is throttled to this).</summary>
    private const string SigningKeysRetryAfterSeconds = "30";

    public static RouteHandlerBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, HandleAsync).DisableAntiforgery();
    }

    private static async Task<IResult> HandleAsync(HttpContext http, CloudAdapter adapter, IBot bot, IOptions<BotEndpointOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(BotMessagesEndpoint));
        var read = await ReadActivityAsync(http.Request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (read.Rejection is { } rejection)
        {
            Log.RejectedRequest(logger, rejection.Status, rejection.Detail);
            return TypedResults.Problem(rejection.Detail, statusCode: rejection.Status, title: rejection.Title);
        }

        var outcome = await adapter.ProcessActivityAsync(http.Request.Headers.Authorization.ToString(), read.Activity!, bot.OnTurnAsync, cancellationToken);
        if (outcome.StatusCode == TurnOutcome.ServiceUnavailable.StatusCode)
        {
            http.Response.Headers.RetryAfter = SigningKeysRetryAfterSeconds;
        }
        else if (outcome.StatusCode == TurnOutcome.NotImplemented.StatusCode && http.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false; // Protocol doc §2.6: an unknown invoke is 501 with an empty body.
        }

        return outcome switch
        {
            { StatusCode: 401 } => TypedResults.Unauthorized(),
            { Replies: { } replies } => TypedResults.Json(replies, BotJsonContext.Default.ExpectedReplies),
            { InvokeBody: { } body } => TypedResults.Json(body, BotJsonContext.Default.JsonElement, statusCode: outcome.StatusCode),
            _ => TypedResults.StatusCode(outcome.StatusCode),
        };
    }

    /// <summary>Reads and validates the request body as an activity, within the size limit.</summary>
    public static async Task<(Activity? Activity, Rejection? Rejection)> ReadActivityAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return (null, new Rejection(415, "Unsupported content type", "Send the activity as application/json."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        PooledBody? body;
        try
        {
            body = await ReadBoundedAsync(request.Body, maxBytes, cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            // Issue 13: a client that sends its body too slowly (Kestrel's minimum data rate) or broken is
            // the client's problem, not a server error with a stack trace.
            Log.UnreadableRequestBody(request.HttpContext.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(BotMessagesEndpoint)) ?? NullLogger.Instance, ex.StatusCode, ex.Message);
            return (null, new Rejection(ex.StatusCode, "Request body not read", "The request body could not be read in time."));
        }

        if (body is null)
        {
            return (null, TooLarge(maxBytes));
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body.Bytes, BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return (null, new Rejection(400, "Malformed activity", "The body is not a valid JSON activity."));
        }
        finally
        {
            body.Dispose();
        }

        if (activity is null)
        {
            return (null, new Rejection(400, "Malformed activity", "The body is not a valid JSON activity."));
        }

        return ActivityValidator.Validate(activity) is { } reason
            ? (null, new Rejection(400, "Invalid activity", reason))
            : (activity, null);
    }

    private static Rejection TooLarge(int maxBytes) =>
        new(413, "Activity too large", $"The activity is larger than the {maxBytes / 1024} KB this bot accepts.");

    /// <summary>
    /// The body in a pooled buffer (issue 16: a fresh 16 KB chunk and a growing MemoryStream were
    /// the turn's largest allocation), or null when it is larger than <paramref name="maxBytes"/>.
    /// </summary>
    private static async Task<PooledBody?> ReadBoundedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        byte[]? buffer = ArrayPool<byte>.Shared.Rent(4096);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    var whole = new PooledBody(buffer, length);
                    buffer = null;
                    return whole;
                }

                length += read;
                if (length > maxBytes)
                {
                    return null;
                }
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>A request body in a buffer rented from the shared pool; disposing returns it.</summary>
    private sealed class PooledBody(byte[] buffer, int length) : IDisposable
    {
        public ReadOnlySpan<byte> Bytes => buffer.AsSpan(0, length);

        public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>Why a request was refused: its HTTP status and a problem-details title and detail.</summary>
    public sealed record Rejection(int Status, string Title, string Detail);
}
