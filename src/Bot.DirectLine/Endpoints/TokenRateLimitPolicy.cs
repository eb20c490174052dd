using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine.Endpoints;

/// <summary>
/// Limits the token endpoints (generate, refresh, and the Web Chat page's) per client IP
/// (<see cref="DirectLineOptions.TokensPerMinutePerClient"/> in a fixed one-minute window), so one client
/// cannot mint tokens fast enough to start every conversation slot, nor refresh without end (issue 13, R2). Refused requests get 429 with Retry-After and a Direct Line error body (protocol doc §5.1).
/// </summary>
internal sealed class TokenRateLimitPolicy(IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "DirectLineTokens";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await DirectLineHttp.Error(StatusCodes.Status429TooManyRequests, "Throttled", "Too many tokens requested; try again later.").ExecuteAsync(context.HttpContext);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var client = DirectLineHttp.ClientKey(httpContext);
        var limit = options.Value.TokensPerMinutePerClient;
        return limit == 0
            ? RateLimitPartition.GetNoLimiter(client)
            : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}
