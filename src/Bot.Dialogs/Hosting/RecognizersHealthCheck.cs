using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Dialogs.Hosting;

/// <summary>
/// Ready once the Recognizers.Text models are built (issue 15): until then a first prompt would cost its
/// user the model load. The models are process-wide, so warmth is too.
/// </summary>
public sealed class RecognizersHealthCheck : IHealthCheck
{
    public const string Name = "recognizers";

    private static volatile bool s_warm;

    internal static void MarkWarm() => s_warm = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(s_warm
            ? HealthCheckResult.Healthy("The recognizer models are loaded.")
            : HealthCheckResult.Unhealthy("The recognizer models are still loading."));
}
