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

        byte[]? body;
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
            activity = JsonSerializer.Deserialize(body, BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return (null, new Rejection(400, "Malformed activity", "The body is not a valid JSON activity."));
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

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Why a request was refused: its HTTP status and a problem-details title and detail.</summary>
    public sealed record Rejection(int Status, string Title, string Detail);
}
