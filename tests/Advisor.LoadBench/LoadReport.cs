using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Advisor.LoadBench;

/// <summary>One run's figures: the JSON written per run and the row of docs/benchmarks.md.</summary>
internal sealed record LoadReport(
    string Label,
    string Delivery,
    string Path,
    int Conversations,
    int Concurrency,
    int Turns,
    double Seconds,
    double TurnsPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double ServerCpuMsPerTurn,
    double AllocatedKBPerTurn,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    long JitMethods,
    double JitMsPerTurn,
    double PeakRssMiB,
    bool PeakRssSinceWarmup,
    int Failures,
    IReadOnlyList<string> FailureSamples,
    int MachineBusyPercentBefore,
    IReadOnlyDictionary<string, string> HostEnvironment)
{
    public const string TableHeader =
        "| run | delivery | path | conversations × concurrency | turns/s | p50 ms | p95 ms | p99 ms | server CPU ms/turn | KB allocated/turn | JIT ms/turn | peak RSS MiB | failures |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    public string MarkdownRow() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Label} | {Delivery} | {Path} | {Conversations} × {Concurrency} | {TurnsPerSecond:F0} | {P50Ms:F1} | {P95Ms:F1} | {P99Ms:F1} | {ServerCpuMsPerTurn:F3} | {AllocatedKBPerTurn:F1} | {JitMsPerTurn:F3} | {PeakRssMiB:F0} | {Failures} |");

    public string ToJson() => JsonSerializer.Serialize(this, LoadReportJsonContext.Default.LoadReport);

    /// <summary>The value at or below which <paramref name="percent"/> of the sorted samples fall (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LoadReport))]
internal sealed partial class LoadReportJsonContext : JsonSerializerContext;
