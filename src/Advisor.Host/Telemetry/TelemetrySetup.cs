using Azure.Monitor.OpenTelemetry.Exporter;
using Bot.Core.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Advisor.Host.Telemetry;

/// <summary>
/// Where the bot's traces, metrics and logs go (issue 15): OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is
/// set, Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, both when both are. With
/// neither, OpenTelemetry is not even registered, so nothing listens and no span is created. A host that
/// embeds the app (or a test) may register its own exporter first; that turns the same pipeline on.
/// </summary>
internal static class TelemetrySetup
{
    public const string ServiceName = "framework-advisor";

    public static WebApplicationBuilder AddAdvisorTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var azureMonitor = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var embedded = builder.Services.Any(d => d.ServiceType == typeof(TracerProvider) || d.ServiceType == typeof(MeterProvider));
        if (!otlp && string.IsNullOrWhiteSpace(azureMonitor) && !embedded)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !http.Request.Path.StartsWithSegments("/healthz"))
                .AddHttpClientInstrumentation(options => options.EnrichWithHttpRequestMessage = (span, request) =>
                {
                    if (request.RequestUri is { } uri)
                    {
                        span.SetTag("url.full", ConnectorUrls.Redact(uri));
                    }
                }))
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging();
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        if (!string.IsNullOrWhiteSpace(azureMonitor))
        {
            telemetry
                .WithTracing(tracing => tracing.AddAzureMonitorTraceExporter(o => o.ConnectionString = azureMonitor))
                .WithMetrics(metrics => metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = azureMonitor))
                .WithLogging(logging => logging.AddAzureMonitorLogExporter(o => o.ConnectionString = azureMonitor));
        }

        return builder;
    }
}
