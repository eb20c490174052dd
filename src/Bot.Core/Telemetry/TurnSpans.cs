using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Bot.Core.Schema;
using Span = System.Diagnostics.Activity;
using Activity = Bot.Core.Schema.Activity;

namespace Bot.Core.Telemetry;

/// <summary>Starts the spans of a turn: the turn itself and its storage calls (outbound HTTP calls get theirs from HttpClient instrumentation).</summary>
internal static class TurnSpans
{
    /// <summary>The turn's span, or null when nobody listens. Tags: channel, activity type, delivery mode, hashed conversation id.</summary>
    public static Span? StartTurn(Activity activity)
    {
        var span = BotTelemetry.Source.StartActivity("bot.turn", ActivityKind.Internal);
        if (span is null || !span.IsAllDataRequested)
        {
            return span;
        }

        span.SetTag(TelemetryTags.Channel, activity.ChannelId);
        span.SetTag(TelemetryTags.ActivityType, activity.Type);
        span.SetTag(TelemetryTags.DeliveryMode, activity.DeliveryMode ?? DeliveryModes.Normal);
        span.SetTag(TelemetryTags.ConversationHash, Hash(activity.Conversation?.Id));
        return span;
    }

    /// <summary>A storage call's span: <paramref name="operation"/> is read, write or delete; <paramref name="state"/> names the state (conversation, user).</summary>
    public static Span? StartStorage(string operation, string state)
    {
        var span = BotTelemetry.Source.StartActivity($"bot.storage {operation}", ActivityKind.Client);
        span?.SetTag(TelemetryTags.StorageOperation, operation);
        span?.SetTag(TelemetryTags.StateName, state);
        return span;
    }

    /// <summary>
    /// A conversation id, hashed: turns of one conversation can be grouped without the id (which in
    /// Teams identifies a chat) leaving the process.
    /// </summary>
    public static string? Hash(string? conversationId) => conversationId is null
        ? null
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)).AsSpan(0, 8));
}
