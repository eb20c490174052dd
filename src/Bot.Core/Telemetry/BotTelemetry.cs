using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bot.Core.Telemetry;

/// <summary>
/// The bot's traces and metrics (issue 15): one <see cref="ActivitySource"/> and one <see cref="Meter"/>,
/// both named <see cref="Name"/>. The host decides whether anything listens and where it goes; with no
/// listener a span is never created and an instrument records nothing. Spans and metrics carry ids,
/// types and outcomes only: never message text, and the conversation id only hashed.
/// </summary>
public static class BotTelemetry
{
    /// <summary>The name of the activity source and of the meter: what a host subscribes to.</summary>
    public const string Name = "FrameworkAdvisor.Bot";

    public static ActivitySource Source { get; } = new(Name);

    /// <summary>The bot's meter; an app adds its own instruments to it (the advisor counts verdicts).</summary>
    public static Meter Meter { get; } = new(Name);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>(
        "bot.turns", "{turn}", "Turns run, by channel and outcome.");

    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>(
        "bot.turn.duration", "s", "How long a turn took, from the bot's pipeline start to its last reply.");

    private static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "bot.turn.errors", "{error}", "Turns that failed and reached the turn-error handler, by channel.");

    private static readonly UpDownCounter<long> DirectLineConnections = Meter.CreateUpDownCounter<long>(
        "bot.directline.connections", "{connection}", "Open WebSocket streams of the built-in Direct Line endpoint.");

    /// <summary>Counts a turn and its duration, and records the outcome on its span.</summary>
    internal static void TurnEnded(Activity? span, string? channelId, string outcome, int statusCode, TimeSpan elapsed)
    {
        var tags = new TagList { { TelemetryTags.Channel, channelId }, { TelemetryTags.Outcome, outcome } };
        Turns.Add(1, tags);
        TurnDuration.Record(elapsed.TotalSeconds, tags);
        if (span is null)
        {
            return;
        }

        span.SetTag(TelemetryTags.Outcome, outcome);
        span.SetTag(TelemetryTags.StatusCode, statusCode);
        if (outcome == TurnOutcomes.Error)
        {
            span.SetStatus(ActivityStatusCode.Error);
        }
    }

    /// <summary>Counts a turn refused before it ran (no valid channel token): no span, no duration.</summary>
    internal static void TurnRefused(string? channelId) =>
        Turns.Add(1, new TagList { { TelemetryTags.Channel, channelId }, { TelemetryTags.Outcome, TurnOutcomes.Unauthorized } });

    /// <summary>Counts a failed turn; the exception's type (never its message, which may quote the user) goes on the span.</summary>
    internal static void TurnFailed(Activity? span, string? channelId, Exception exception)
    {
        Errors.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Channel, channelId));
        span?.SetTag(TelemetryTags.ErrorType, exception.GetType().FullName);
    }

    /// <summary>A WebSocket stream opened (+1) or closed (-1).</summary>
    internal static void DirectLineConnectionChanged(int delta) => DirectLineConnections.Add(delta);
}
