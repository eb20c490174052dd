using Bot.Core.Authentication;
using Bot.Core.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Core.Hosting;

/// <summary>Readiness checks of the Bot Framework layer (issue 15): the state store answers, and channel signing keys are held.</summary>
public static class BotHealthChecks
{
    public const string Storage = "storage";
    public const string SigningKeys = "signing-keys";

    public static IHealthChecksBuilder AddBotFrameworkChecks(this IHealthChecksBuilder builder, params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddCheck<StorageHealthCheck>(Storage, HealthStatus.Unhealthy, tags, TimeSpan.FromSeconds(5));
        builder.AddCheck<SigningKeysHealthCheck>(SigningKeys, HealthStatus.Unhealthy, tags, TimeSpan.FromSeconds(15));
        return builder;
    }
}

/// <summary>The store is reachable: a read of a key nobody writes completes (its absence is fine).</summary>
internal sealed class StorageHealthCheck(IStorage storage) : IHealthCheck
{
    private static readonly string[] ProbeKey = ["healthz/probe"];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync(ProbeKey, cancellationToken);
            return HealthCheckResult.Healthy("The state store answered a read.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Any failure of the store's driver means the same to a load balancer: not ready.
            return HealthCheckResult.Unhealthy($"The state store did not answer a read ({ex.GetType().Name}).");
        }
    }
}

/// <summary>With authentication on, the channel's signing keys are loaded (fetched now if none are held yet).</summary>
internal sealed class SigningKeysHealthCheck(IChannelAuthenticator authenticator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var inner = authenticator;
        while (inner is IChannelAuthenticatorDecorator decorator)
        {
            inner = decorator.Inner;
        }

        if (inner is not JwtChannelAuthenticator jwt)
        {
            return HealthCheckResult.Healthy("Authentication is off: no keys needed.");
        }

        return await jwt.HasChannelSigningKeysAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The channel's signing keys are loaded.")
            : HealthCheckResult.Unhealthy("The channel's signing keys could not be fetched yet.");
    }
}
