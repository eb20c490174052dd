using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace Bot.Core.Connector;

/// <summary>
/// The named HTTP client behind <see cref="HttpConnectorClient"/> (issue 13, deliverable 5): a total
/// time-out that fits the inbound request's budget, retries of transient failures with jittered
/// exponential backoff that honour Retry-After, a time-out per attempt, all on the injected
/// <see cref="TimeProvider"/>; inside them <see cref="ConnectorTokenHandler"/> attaches the bot's token.
/// </summary>
internal static class ConnectorHttp
{
    /// <summary>
    /// Protocol doc §2.6: the channel waits 10–15 s for the inbound request, and a turn's replies are
    /// delivered within it; one reply gives up after this long, retries included.
    /// </summary>
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(8);

    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(4);

    public const int MaxRetries = 3;

    public static readonly HttpRequestOptionsKey<string> ServiceUrl = new("Bot.Connector.ServiceUrl");

    public static readonly HttpRequestOptionsKey<string> ConversationHash = new("Bot.Connector.ConversationHash");

    /// <summary>Issue 12: channel-side logs name the sender by its User-Agent, as the SDK's does.</summary>
    public static ProductInfoHeaderValue UserAgent { get; } = new("FrameworkAdvisor", ProductVersion());

    public static IServiceCollection AddConnectorHttpClient(this IServiceCollection services)
    {
        services.TryAddTransient<ConnectorTokenHandler>();
        var client = services.AddHttpClient(HttpConnectorClient.HttpClientName, http =>
        {
            http.Timeout = Timeout.InfiniteTimeSpan; // The pipeline's time-outs own the budget.
            http.DefaultRequestHeaders.UserAgent.Add(UserAgent);
        });
        client.AddResilienceHandler("connector", (pipeline, context) =>
        {
            pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            var logger = context.ServiceProvider.GetRequiredService<ILogger<HttpConnectorClient>>();
            pipeline.AddTimeout(TotalTimeout)
                .AddRetry(Retry(logger))
                .AddTimeout(AttemptTimeout);
        });
        client.AddHttpMessageHandler<ConnectorTokenHandler>();

        // The factory's own request logs print the URL, and with it the conversation id in clear;
        // HttpConnectorClient logs each retry and failure with the id hashed instead.
        client.RemoveAllLoggers();
        return services;
    }

    /// <summary>Protocol doc §2.4: 429, 412 and 5xx, time-outs and failed connections are transient.</summary>
    private static HttpRetryStrategyOptions Retry(ILogger logger) => new()
    {
        MaxRetryAttempts = MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = TimeSpan.FromSeconds(0.4),
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(
            HttpClientResiliencePredicates.IsTransient(args.Outcome) || args.Outcome.Result?.StatusCode == HttpStatusCode.PreconditionFailed),
        OnRetry = args =>
        {
            var request = args.Context.GetRequestMessage();
            var conversation = request is not null && request.Options.TryGetValue(ConversationHash, out var hash) ? hash : "-";
            var status = (int?)args.Outcome.Result?.StatusCode;
            Log.ConnectorRetrying(logger, conversation, status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? args.Outcome.Exception?.GetType().Name ?? "?", args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1);
            return ValueTask.CompletedTask;
        },
    };

    private static string ProductVersion()
    {
        var version = typeof(ConnectorHttp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
