using System.Globalization;

namespace Advisor.LoadBench;

/// <summary>How busy the whole machine is (from /proc/stat), so a noisy run says so.</summary>
internal static class MachineLoad
{
    public static async Task<int> BusyPercentAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists("/proc/stat"))
        {
            return -1;
        }

        var before = await ReadAsync(cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, cancellationToken);
        var after = await ReadAsync(cancellationToken);
        var total = after.Total - before.Total;
        return total > 0 ? (int)(100 * (total - (after.Idle - before.Idle)) / total) : 0;
    }

    /// <summary>The first line of /proc/stat: "cpu user nice system idle iowait irq softirq steal ...".</summary>
    private static async Task<(long Total, long Idle)> ReadAsync(CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync("/proc/stat", cancellationToken);
        var fields = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (fields.Sum(), fields[3] + fields[4]);
    }
}
