using Bot.Core.Hosting;
using Bot.Dialogs.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Advisor.Host.Health;

/// <summary>
/// <c>/healthz/live</c>: the process answers (no checks, so a slow store never gets it restarted).
/// <c>/healthz/ready</c>: the store answers, the recognizers are warm, and with authentication on the
/// channel's signing keys are loaded; 503 otherwise. Both answer JSON with each check (issue 15).
/// <c>/healthz</c> stays as it was: liveness, plain text.
/// </summary>
internal static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddAdvisorHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddBotFrameworkChecks(Ready)
            .AddCheck<RecognizersHealthCheck>(RecognizersHealthCheck.Name, tags: [Ready]);
        return services;
    }

    public static WebApplication MapAdvisorHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJson.WriteAsync });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = HealthJson.WriteAsync });
        return app;
    }
}
