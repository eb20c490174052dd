using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace Bot.Testing;

/// <summary>
/// A real <c>redis-server</c> (Debian package) on 127.0.0.1 and a free port, in memory only, started
/// for the tests that share this fixture and killed at the end. Every wait is bounded. Missing
/// redis-server skips the test with the install command, except under <c>CI=true</c> (.ci/run installs it).
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/redis-server";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private Process? _process;
    private Task? _drain;

    public int Port { get; private set; }

    /// <summary>A StackExchange.Redis connection string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=true,connectTimeout=5000";

    /// <summary>Fails or skips the calling test when the server could not be installed.</summary>
    public void EnsureAvailable()
    {
        if (_process is not null)
        {
            return;
        }

        const string message = "redis-server is missing at /usr/bin/redis-server. Install it: apt-get install -y redis-server";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        Port = FreePort();
        await StartAsync();
    }

    /// <summary>Stops the server, as an outage would; <see cref="StartAgainAsync"/> brings it back on the same port.</summary>
    public async Task StopAsync()
    {
        await DisposeAsync();
        _process = null;
        _drain = null;
    }

    public Task StartAgainAsync() => StartAsync();

    private async Task StartAsync()
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no", "--protected-mode", "yes" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        using var timeout = new CancellationTokenSource(StartTimeout);
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                // Keep reading, so a chatty server never blocks on a full pipe.
                _drain = Task.WhenAll(_process.StandardOutput.ReadToEndAsync(CancellationToken.None), _process.StandardError.ReadToEndAsync(CancellationToken.None));
                return;
            }
        }

        throw new InvalidOperationException($"redis-server exited before it was ready: {await _process.StandardError.ReadToEndAsync(timeout.Token)}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        _process.Kill(entireProcessTree: true);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _process.WaitForExitAsync(timeout.Token);
        if (_drain is not null)
        {
            await _drain.WaitAsync(timeout.Token);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
