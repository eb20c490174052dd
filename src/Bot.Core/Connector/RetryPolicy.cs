using System.Net;
using System.Net.Http.Headers;

namespace Bot.Core.Connector;

/// <summary>
/// When to retry a connector call: 429 (throttled), 412, 500, 502, 503 and 504, up to
/// <see cref="MaxRetries"/> times. A Retry-After header wins (capped); otherwise exponential backoff
/// with ±20 % jitter, as Teams' guidance asks (protocol doc §2.4).
/// </summary>
internal sealed class RetryPolicy(Func<double> random)
{
    public const int MaxRetries = 3;
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    /// <summary>The delay before retry number <paramref name="retry"/> (1-based), or null to give up.</summary>
    public TimeSpan? DelayBeforeRetry(int retry, HttpStatusCode status, RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        if (retry > MaxRetries || !IsTransient(status))
        {
            return null;
        }

        var hinted = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        if (hinted is { } h)
        {
            return h < TimeSpan.Zero ? TimeSpan.Zero : (h > MaxDelay ? MaxDelay : h);
        }

        var backoff = BaseDelay * Math.Pow(2, retry - 1) * (0.8 + (0.4 * random()));
        return backoff > MaxDelay ? MaxDelay : backoff;
    }

    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
