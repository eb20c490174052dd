using System.Text.Json;
using Bot.Core.Hosting;
using Bot.Core.Schema;
using Bot.Core.Turns;
using Bot.DirectLine.Conversations;
using Bot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine.Endpoints;

/// <summary>Start, reconnect, read and post to a conversation (protocol doc §5.1).</summary>
internal static class ConversationEndpoints
{
    /// <summary>Activity types a client may post; the rest are the service's or the bot's to send.</summary>
    private static readonly HashSet<string> ClientTypes = [ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing];

    /// <summary>
    /// <c>POST /conversations</c>: 201 and the bot's welcome turn the first time (the bot's replies are
    /// in the history before this returns, so the stream replays them), 200 when already started.
    /// </summary>
    public static async Task<IResult> StartAsync(
        HttpRequest request, TokenService tokens, ConversationStore conversations, DirectLineTurns turns, IBot bot,
        IOptions<BotEndpointOptions> limits, IOptions<DirectLineOptions> options, ILogger<DirectLineTurns> logger, CancellationToken cancellationToken)
    {
        var token = DirectLineHttp.BearerToken(request);
        if (DirectLineHttp.Authorize(tokens, token, null, out var grant) is { } rejection)
        {
            return rejection;
        }

        var maxBytes = MaxBodyBytes(limits, options);
        var body = await DirectLineHttp.ReadBoundedAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return DirectLineHttp.TooLarge(maxBytes);
        }

        if (!TryReadLocale(body, out var locale))
        {
            return DirectLineHttp.Error(400, "BadSyntax", "The body is not valid JSON.");
        }

        var (conversation, created) = conversations.GetOrCreate(grant, DirectLineHttp.ClientKey(request.HttpContext));
        if (conversation is null)
        {
            return DirectLineHttp.Error(429, "Throttled", "Too many conversations; try again later.");
        }

        var response = new ConversationResponse(conversation.Id, token, SecondsLeft(grant, tokens), DirectLineHttp.StreamUrl(request, conversation.Id, token!, null));
        if (!created)
        {
            return TypedResults.Json(response, DirectLineJsonContext.Default.ConversationResponse);
        }

        Log.ConversationStarted(logger, conversation.Id);
        await turns.StartAsync(conversation, locale, bot, cancellationToken);
        return TypedResults.Json(response, DirectLineJsonContext.Default.ConversationResponse, statusCode: 201);
    }

    /// <summary><c>GET /conversations/{id}?watermark=</c>: a fresh stream URL for reconnecting.</summary>
    public static IResult Reconnect(string conversationId, string? watermark, HttpRequest request, TokenService tokens, ConversationStore conversations)
    {
        var token = DirectLineHttp.BearerToken(request);
        if (Resolve(conversationId, token, tokens, conversations, out var conversation, out var grant) is { } rejection)
        {
            return rejection;
        }

        if (!DirectLineHttp.TryParseWatermark(watermark, out var mark))
        {
            return DirectLineHttp.Error(400, "BadArgument", "The watermark is not valid.");
        }

        var response = new ConversationResponse(conversation!.Id, token, SecondsLeft(grant, tokens), DirectLineHttp.StreamUrl(request, conversation.Id, token!, mark));
        return TypedResults.Json(response, DirectLineJsonContext.Default.ConversationResponse);
    }

    /// <summary><c>GET /conversations/{id}/activities?watermark=</c>: the kept activities after the watermark.</summary>
    public static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, TokenService tokens, ConversationStore conversations)
    {
        if (Resolve(conversationId, DirectLineHttp.BearerToken(request), tokens, conversations, out var conversation, out _) is { } rejection)
        {
            return rejection;
        }

        return DirectLineHttp.TryParseWatermark(watermark, out var mark)
            ? TypedResults.Bytes(conversation!.ActivitiesAfter(mark), "application/json; charset=utf-8")
            : DirectLineHttp.Error(400, "BadArgument", "The watermark is not valid.");
    }

    /// <summary><c>POST /conversations/{id}/activities</c>: answers <c>{ "id" }</c> after the bot's turn.</summary>
    public static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, TokenService tokens, ConversationStore conversations, DirectLineTurns turns, IBot bot,
        IOptions<BotEndpointOptions> limits, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        if (Resolve(conversationId, DirectLineHttp.BearerToken(request), tokens, conversations, out var conversation, out _) is { } rejection)
        {
            return rejection;
        }

        var maxBytes = MaxBodyBytes(limits, options);
        var body = await DirectLineHttp.ReadBoundedAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return DirectLineHttp.TooLarge(maxBytes);
        }

        if (ReadActivity(body) is not { } activity)
        {
            return DirectLineHttp.Error(400, "BadSyntax", "The body is not a JSON activity with a 'type' of message, event or typing.");
        }

        conversation!.NoteUserActivity();
        var (id, status) = await turns.PostAsync(conversation, activity, bot, cancellationToken);
        return status == 200
            ? TypedResults.Json(new ResourceResponse(id), BotJsonContext.Default.ResourceResponse)
            : DirectLineHttp.Error(status, "ServiceError", "The bot could not handle the activity.");
    }

    /// <summary>The token first (403 for someone else's conversation, known or not), then the conversation (404).</summary>
    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<ErrorResponse>? Resolve(string conversationId, string? token, TokenService tokens, ConversationStore conversations, out DirectLineConversation? conversation, out DirectLineToken grant)
    {
        conversation = null;
        if (DirectLineHttp.Authorize(tokens, token, conversationId, out grant) is { } rejection)
        {
            return rejection;
        }

        conversation = conversations.Find(conversationId);
        return conversation is null ? DirectLineHttp.Error(404, "BadArgument", "Unknown conversation.") : null;
    }

    private static Activity? ReadActivity(byte[] body)
    {
        try
        {
            var activity = JsonSerializer.Deserialize(body, BotJsonContext.Default.Activity);
            return activity?.Type is { } type && ClientTypes.Contains(type) ? activity : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>DirectLineJS sends <c>{ "user": { "id" }, "locale" }</c>; only the locale is used (the user is the token's).</summary>
    private static bool TryReadLocale(byte[] body, out string? locale)
    {
        locale = null;
        if (body.Length == 0)
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("locale", out var value)
                && value.ValueKind == JsonValueKind.String
                && value.GetString() is { Length: > 0 and <= 35 } text)
            {
                locale = text;
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The smaller of the bot's request limit and Direct Line's activity limit: each post is kept in history and streamed.</summary>
    private static int MaxBodyBytes(IOptions<BotEndpointOptions> limits, IOptions<DirectLineOptions> options) =>
        Math.Min(limits.Value.MaxRequestBodyBytes, options.Value.MaxActivityBytes);

    private static int SecondsLeft(DirectLineToken grant, TokenService tokens) =>
        (int)Math.Max(0, Math.Min(tokens.Lifetime.TotalSeconds, (grant.ExpiresAt - tokens.Now).TotalSeconds));
}
