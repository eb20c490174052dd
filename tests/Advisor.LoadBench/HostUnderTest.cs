using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Advisor.LoadBench;

/// <summary>
/// The Release host in its own process on 127.0.0.1 and a free port, with the allocation probe
/// loaded as a startup hook. Its CPU time and peak RSS are read from /proc (through
/// <see cref="Process"/>, which reads /proc/[pid]/stat and /status on Linux).
/// </summary>
internal sealed class HostUnderTest : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly string _probeSocket;

    private HostUnderTest(Process process, Uri baseAddress, string probeSocket)
    {
        _process = process;
        BaseAddress = baseAddress;
        _probeSocket = probeSocket;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public static async Task<HostUnderTest> StartAsync(string hostDll, IReadOnlyDictionary<string, string> environment, string logPath, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var probeSocket = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"loadbench-{Environment.ProcessId}-{port}.sock");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = System.IO.Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Many conversations from one client address: lift the Direct Line token and conversation limits.
        start.Environment["DirectLine__TokensPerMinutePerClient"] = "0";
        start.Environment["DirectLine__MaxConversations"] = "100000";
        start.Environment["DirectLine__MaxConversationsPerClient"] = "100000";
        start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(AllocationProbe).Assembly.Location;
        start.Environment[AllocationProbe.SocketVariable] = probeSocket;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostUnderTest(process, new Uri($"http://127.0.0.1:{port}/"), probeSocket);
        await host.WaitHealthyAsync(logPath, cancellationToken);
        return host;
    }

    /// <summary>CPU time (user + system) the host has used so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Peak resident set (VmHWM) since start or the last <see cref="ResetPeakRss"/>.</summary>
    public long PeakRssBytes()
    {
        _process.Refresh();
        return _process.PeakWorkingSet64;
    }

    /// <summary>Linux 4.0+: writing 5 to clear_refs resets VmHWM to the current RSS; false where that is not allowed.</summary>
    public bool ResetPeakRss()
    {
        try
        {
            File.WriteAllText($"/proc/{_process.Id}/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public Task<AllocationSample> AllocationsAsync(CancellationToken cancellationToken) => AllocationProbe.ReadAsync(_probeSocket, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
        File.Delete(_probeSocket);
    }

    private async Task WaitHealthyAsync(string logPath, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}; see {logPath}.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK && File.Exists(_probeSocket))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, cancellationToken);
        }

        throw new TimeoutException($"The host was not healthy within {StartTimeout.TotalSeconds} s; see {logPath}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
