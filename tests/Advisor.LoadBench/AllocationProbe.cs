using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Advisor.LoadBench;

/// <summary>The host's managed allocations, GC counts and JIT work so far at one moment.</summary>
internal sealed record AllocationSample(long AllocatedBytes, int Gen0, int Gen1, int Gen2, long JitMethods, double JitMs);

/// <summary>
/// Allocated bytes come from inside the host: this assembly is loaded into it as a startup hook
/// (<c>DOTNET_STARTUP_HOOKS</c>), which answers <see cref="GC.GetTotalAllocatedBytes"/> on a Unix
/// socket. /proc cannot see managed allocations, and this needs no host change and no diagnostics
/// tool on the machine; reading it once before and once after a run costs the host nothing measurable.
/// </summary>
internal static class AllocationProbe
{
    public const string SocketVariable = "LOADBENCH_PROBE_SOCKET";

    /// <summary>In the host: serve samples until the process ends.</summary>
    public static void Serve(string path)
    {
        File.Delete(path);
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen();
        while (true)
        {
            using var connection = listener.Accept();
            var line = string.Create(
                CultureInfo.InvariantCulture,
                $"{GC.GetTotalAllocatedBytes(precise: true)} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)} "
                + $"{System.Runtime.JitInfo.GetCompiledMethodCount()} {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds}\n");
            connection.Send(Encoding.ASCII.GetBytes(line));
        }
    }

    /// <summary>In the benchmark: one sample from the host.</summary>
    public static async Task<AllocationSample> ReadAsync(string path, CancellationToken cancellationToken)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken);
        await using var stream = new NetworkStream(socket);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var fields = (await reader.ReadLineAsync(cancellationToken) ?? string.Empty).Split(' ');
        return fields is [var bytes, var gen0, var gen1, var gen2, var jitMethods, var jitMs]
            ? new AllocationSample(Long(bytes), (int)Long(gen0), (int)Long(gen1), (int)Long(gen2), Long(jitMethods), double.Parse(jitMs, CultureInfo.InvariantCulture))
            : throw new InvalidOperationException("The host's allocation probe gave no sample.");
    }

    private static long Long(string text) => long.Parse(text, CultureInfo.InvariantCulture);
}
