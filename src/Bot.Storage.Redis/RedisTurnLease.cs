using Bot.Core.State;
using Bot.Core.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Storage.Redis;

/// <summary>
/// Runs one turn per conversation at a time across every instance on the same Redis (issue 14).
/// Why a lease rather than retrying a turn on an eTag conflict: a retried turn may already have sent
/// replies, and those cannot be taken back, so the user would see some twice. With the lease, turns of
/// one conversation never overlap, so they read each other's state and reply in the order they run.
/// <list type="bullet">
/// <item>The lease is a key (<c>SET NX PX</c>) holding a random token that only its holder can renew or release.</item>
/// <item>The holder renews it every third of <see cref="RedisStorageOptions.LeaseDuration"/>; a crashed holder's
/// lease expires by itself, so a conversation is never stuck for longer than that.</item>
/// <item>Fencing: if a holder stalls past its lease and another instance runs the next turn, the stalled
/// turn's state write carries an eTag that is no longer current and fails (<c>ETagConflictException</c>),
/// so the newer turn's state is never overwritten. The in-process gate still orders turns within one instance.</item>
/// </list>
/// </summary>
internal sealed class RedisTurnLease(RedisConnection connection, IOptions<RedisStorageOptions> options, TimeProvider clock, ILogger<RedisTurnLease> logger) : IMiddleware
{
    private const string RenewScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end";
    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMilliseconds(50);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.Conversation?.Id is not { } conversationId)
        {
            await next(cancellationToken);
            return;
        }

        var settings = options.Value;
        var database = await connection.GetDatabaseAsync(cancellationToken);
        RedisKey key = settings.KeyPrefix + "lease:" + activity.ChannelId + "/" + conversationId;
        RedisValue token = Guid.NewGuid().ToString("N");
        await AcquireAsync(database, key, token, settings, cancellationToken);
        using var renewal = new CancellationTokenSource();
        var renewing = RenewAsync(database, key, token, settings.LeaseDuration, conversationId, renewal.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await renewal.CancelAsync();
            await renewing;
            await database.ScriptEvaluateAsync(ReleaseScript, [key], [token]);
        }
    }

    private async Task AcquireAsync(IDatabase database, RedisKey key, RedisValue token, RedisStorageOptions settings, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + settings.LeaseWait;
        var delay = FirstRetry;
        while (!await database.StringSetAsync(key, token, settings.LeaseDuration, When.NotExists))
        {
            if (clock.GetUtcNow() >= deadline)
            {
                throw new ConversationBusyException($"Another instance kept the conversation's turn lease longer than {settings.LeaseWait}.");
            }

            // Polling with a short, growing pause: turns take milliseconds, and it needs no extra connection for pub/sub.
            await Task.Delay(delay, clock, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestRetry.Ticks));
        }
    }

    private async Task RenewAsync(IDatabase database, RedisKey key, RedisValue token, TimeSpan duration, string conversationId, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(duration / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                if ((long)await database.ScriptEvaluateAsync(RenewScript, [key], [token, (long)duration.TotalMilliseconds]) == 0)
                {
                    Log.LeaseLost(logger, conversationId);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The turn ended: stop renewing.
        }
        catch (RedisException ex)
        {
            Log.LeaseRenewFailed(logger, conversationId, ex);
        }
    }
}
