using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Advisor.LoadBench;

/// <summary>What one phase of interviews measured on the driver's side.</summary>
internal sealed record PhaseResult(int Conversations, int Turns, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, int Failures, IReadOnlyList<string> FailureSamples);

/// <summary>Plays interviews, <c>concurrency</c> at a time, each to a verdict naming Django or Flask.</summary>
internal sealed partial class LoadRun(IInterviewChannel channel, IReadOnlyList<string> messages, int concurrency)
{
    private const int MaxSamples = 5;
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];

    public async Task<PhaseResult> PlayAsync(string phase, int conversations, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(conversations * (messages.Count + 1));
        var samples = new List<string>();
        var failures = 0;
        var started = Stopwatch.GetTimestamp();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), parallel, async (index, token) =>
        {
            var id = $"{_runId}-{phase}-{index}";
            var failure = await PlayOneAsync(id, latencies, token);
            if (failure is not null)
            {
                lock (samples)
                {
                    failures++;
                    if (samples.Count < MaxSamples)
                    {
                        samples.Add($"{id}: {failure}");
                    }
                }
            }
        });

        return new PhaseResult(conversations, latencies.Count, Stopwatch.GetElapsedTime(started), latencies, failures, samples);
    }

    private async Task<string?> PlayOneAsync(string conversationId, List<double> latencies, CancellationToken cancellationToken)
    {
        try
        {
            var last = await channel.PlayAsync(conversationId, messages, elapsed => Record(latencies, elapsed), cancellationToken);
            return last is not null && Verdict().IsMatch(last) ? null : $"the last reply names neither framework: \"{last}\"";
        }
        catch (Exception ex) when (ex is InterviewFailedException or HttpRequestException or TaskCanceledException)
        {
            return ex.Message;
        }
    }

    private static void Record(List<double> latencies, TimeSpan elapsed)
    {
        lock (latencies)
        {
            latencies.Add(elapsed.TotalMilliseconds);
        }
    }

    [GeneratedRegex("Django|Flask")]
    private static partial Regex Verdict();
}
