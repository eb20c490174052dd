namespace Advisor.LoadBench;

/// <summary>
/// One run: start the host, play the warm-up interviews, then the measured ones, and read what the
/// host spent on them (CPU time, allocated bytes, peak RSS since the warm-up ended).
/// </summary>
internal static class LoadBenchmark
{
    public static async Task<LoadReport> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        // This build sits in .../artifacts/bin/Advisor.LoadBench/<configuration>/; the host's in the
        // repository's artifacts/bin/Advisor.Host/<configuration>/.
        var ours = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var artifacts = new Lazy<string>(() => Path.Combine(RepositoryRoot(ours), "artifacts"));
        var hostDll = options.HostDll ?? Path.Combine(artifacts.Value, "bin", "Advisor.Host", ours.Name, "Advisor.Host.dll");
        if (!File.Exists(hostDll))
        {
            throw new FileNotFoundException($"No host at {hostDll}: build with -c Release, or pass --host.");
        }

        if (options.HostDll is null && ours.Name != "release")
        {
            await Console.Error.WriteLineAsync($"warning: measuring a '{ours.Name}' build; run with -c Release for figures worth comparing.");
        }

        var output = options.OutputDirectory ?? Path.Combine(artifacts.Value, "loadbench");
        Directory.CreateDirectory(output);
        var busy = await MachineLoad.BusyPercentAsync(cancellationToken);
        if (busy > 10)
        {
            await Console.Error.WriteLineAsync($"warning: the machine was {busy}% busy before the run; figures will be noisy.");
        }

        await using var host = await HostUnderTest.StartAsync(hostDll, options.HostEnvironment, Path.Combine(output, options.Name + ".host.log"), cancellationToken);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency * 2 })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        await using var channel = await OpenAsync(options.Delivery, client, cancellationToken);
        var run = new LoadRun(channel, options.Turns, options.Concurrency);
        if (options.Warmup > 0)
        {
            await run.PlayAsync("warmup", options.Warmup, cancellationToken);
        }

        var sinceWarmup = host.ResetPeakRss();
        var cpuBefore = host.CpuTime();
        var allocatedBefore = await host.AllocationsAsync(cancellationToken);
        var measured = await run.PlayAsync("run", options.Conversations, cancellationToken);
        var cpu = host.CpuTime() - cpuBefore;
        var allocatedAfter = await host.AllocationsAsync(cancellationToken);
        var peakRss = host.PeakRssBytes();

        var report = Report(options, measured, cpu, allocatedBefore, allocatedAfter, peakRss, sinceWarmup, busy);
        await File.WriteAllTextAsync(Path.Combine(output, options.Name + ".json"), report.ToJson(), cancellationToken);
        var table = Path.Combine(output, "results.md");
        var header = File.Exists(table) ? string.Empty : LoadReport.TableHeader + "\n";
        await File.AppendAllTextAsync(table, header + report.MarkdownRow() + "\n", cancellationToken);
        return report;
    }

    private static string RepositoryRoot(DirectoryInfo start)
    {
        for (var dir = start; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Bot.sln not found above {start.FullName}; pass --host and --out.");
    }

    private static async Task<IInterviewChannel> OpenAsync(Delivery delivery, HttpClient client, CancellationToken cancellationToken) => delivery switch
    {
        Delivery.Expect => new ExpectRepliesChannel(client),
        Delivery.Sink => await SinkChannel.StartAsync(client, cancellationToken),
        Delivery.DirectLine => new DirectLineChannel(client),
        _ => throw new ArgumentOutOfRangeException(nameof(delivery)),
    };

    private static LoadReport Report(
        LoadOptions options, PhaseResult measured, TimeSpan cpu, AllocationSample before, AllocationSample after, long peakRss, bool sinceWarmup, int busy)
    {
        var sorted = measured.LatenciesMs.Order().ToList();
        var turns = Math.Max(measured.Turns, 1);
        return new LoadReport(
            options.Name,
            options.Delivery.ToString().ToLowerInvariant(),
            options.Path,
            measured.Conversations,
            options.Concurrency,
            measured.Turns,
            Math.Round(measured.Elapsed.TotalSeconds, 2),
            Math.Round(measured.Turns / measured.Elapsed.TotalSeconds, 1),
            Math.Round(LoadReport.Percentile(sorted, 50), 2),
            Math.Round(LoadReport.Percentile(sorted, 95), 2),
            Math.Round(LoadReport.Percentile(sorted, 99), 2),
            Math.Round(cpu.TotalMilliseconds / turns, 3),
            Math.Round((after.AllocatedBytes - before.AllocatedBytes) / 1024.0 / turns, 1),
            after.Gen0 - before.Gen0,
            after.Gen1 - before.Gen1,
            after.Gen2 - before.Gen2,
            after.JitMethods - before.JitMethods,
            Math.Round((after.JitMs - before.JitMs) / turns, 3),
            Math.Round(peakRss / 1024.0 / 1024.0, 1),
            sinceWarmup,
            measured.Failures,
            measured.FailureSamples,
            busy,
            options.HostEnvironment);
    }
}
