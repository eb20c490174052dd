using Advisor.LoadBench;

// The end-to-end load benchmark; docs/benchmarks.md says how to run it and what it reports.
//   dotnet run -c Release --project tests/Advisor.LoadBench -- --delivery expect --path button
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var options = LoadOptions.Parse(args);
var report = await LoadBenchmark.RunAsync(options, stop.Token);
Console.WriteLine(LoadReport.TableHeader);
Console.WriteLine(report.MarkdownRow());
foreach (var sample in report.FailureSamples)
{
    Console.Error.WriteLine($"failed: {sample}");
}

return report.Failures == 0 ? 0 : 1;
