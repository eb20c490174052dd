using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Storage.Sqlite;

/// <summary>
/// Opens the database at start-up (a bad folder stops the host with the reason), then deletes expired
/// rows every <see cref="SqliteStorageOptions.SweepInterval"/>, in batches so a turn never waits long.
/// </summary>
internal sealed class SqliteExpirySweeper(SqliteStorage storage, IOptions<SqliteStorageOptions> options, TimeProvider clock, ILogger<SqliteExpirySweeper> logger) : BackgroundService
{
    private const int BatchSize = 500;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await storage.InitializeAsync(cancellationToken);
        Log.Opened(logger, storage.DatabasePath);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await SweepAsync(stoppingToken);
        }
    }

    internal async Task SweepAsync(CancellationToken cancellationToken)
    {
        var removed = 0;
        int batch;
        do
        {
            batch = await storage.SweepAsync(BatchSize, cancellationToken);
            removed += batch;
        }
        while (batch == BatchSize);

        if (removed > 0)
        {
            Log.Swept(logger, removed);
        }
    }
}
