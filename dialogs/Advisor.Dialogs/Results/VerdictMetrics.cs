using System.Diagnostics.Metrics;
using Advisor.Knowledge;
using Bot.Core.Telemetry;

namespace Advisor.Dialogs.Results;

/// <summary>Counts the verdicts shown, by framework and confidence, on the bot's meter (issue 15).</summary>
internal static class VerdictMetrics
{
    private static readonly Counter<long> Verdicts = BotTelemetry.Meter.CreateCounter<long>(
        "advisor.verdicts", "{verdict}", "Recommendation cards shown, by the recommended framework and the verdict's confidence.");

    public static void Shown(Recommendation recommendation) => Verdicts.Add(
        1,
        new KeyValuePair<string, object?>("advisor.framework", recommendation.Winner.ToString()),
        new KeyValuePair<string, object?>("advisor.confidence", recommendation.Confidence.ToString()));
}
