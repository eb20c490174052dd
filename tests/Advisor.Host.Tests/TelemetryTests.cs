using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Advisor.Host.Tests;

/// <summary>The bot's meter and activity source are process-wide: these tests run alone, so no other test's turns are counted.</summary>
[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection;

/// <summary>
/// OpenTelemetry (issue 15), through the host's own pipeline with in-memory exporters: a turn is a span
/// with its storage and connector calls as children, turns and verdicts are counted, logs carry the
/// trace id, and nothing carries what the user typed.
/// </summary>
[Collection(nameof(TelemetryCollection))]
public sealed class TelemetryTests
{
    private const string FirstMessage = "We're a team of 12 building an online shop that takes payments, launching in about 8 months";
    private const string SecondMessage = "experienced";

    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private readonly ConcurrentQueue<(string Text, ActivityTraceId TraceId)> _logs = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Turn_IsASpanWithStorageAndConnectorChildren_TaggedWithoutTheConversationId()
    {
        await using var connector = await FakeConnectorServer.StartAsync(Ct);
        await using var host = await StartHostAsync();

        await ConverseAsync(host, connector);

        var turns = _spans.Where(s => s.Source.Name == BotTelemetry.Name && s.OperationName == "bot.turn").ToList();
        Assert.Equal(2, turns.Count);
        var turn = turns[1];
        Assert.Equal(
            ("emulator", "message", "normal", "ok"),
            ((string?)turn.GetTagItem(TelemetryTags.Channel), (string?)turn.GetTagItem(TelemetryTags.ActivityType),
             (string?)turn.GetTagItem(TelemetryTags.DeliveryMode), (string?)turn.GetTagItem(TelemetryTags.Outcome)));
        var hash = (string?)turn.GetTagItem(TelemetryTags.ConversationHash);
        Assert.Matches("^[0-9a-f]{16}$", hash);
        Assert.Equal(hash, (string?)turns[0].GetTagItem(TelemetryTags.ConversationHash));
        var children = _spans.Where(s => s.ParentSpanId == turn.SpanId).ToList();
        Assert.Contains(children, s => s.OperationName == "bot.storage read");
        Assert.Contains(children, s => s.OperationName == "bot.storage write");
        Assert.Contains(children, s => s.Kind == ActivityKind.Client && s.GetTagItem("url.full")?.ToString()?.StartsWith(connector.BaseUrl, StringComparison.Ordinal) == true);
        Assert.Equal(turn.TraceId, _spans.Single(s => s.SpanId == turn.ParentSpanId).TraceId);
    }

    [Fact]
    public async Task Conversation_CountsTurnsDurationsAndTheVerdict()
    {
        await using var connector = await FakeConnectorServer.StartAsync(Ct);
        await using var host = await StartHostAsync();

        await ConverseAsync(host, connector);
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Equal(2, Sum("bot.turns", (TelemetryTags.Channel, "emulator"), (TelemetryTags.Outcome, "ok")));
        Assert.Equal(2, _metrics.Last(m => m.Name == "bot.turn.duration").MetricPoints.Sum(p => p.GetHistogramCount()));
        Assert.Equal(1, Sum("advisor.verdicts", ("advisor.framework", "Django")));
        Assert.Equal(0, Sum("bot.turn.errors"));
    }

    [Fact]
    public async Task SpansAndLogs_NeverCarryTheMessageText_AndLogsCarryTheTraceId()
    {
        await using var connector = await FakeConnectorServer.StartAsync(Ct);
        await using var host = await StartHostAsync();

        await ConverseAsync(host, connector);

        var spans = _spans.Where(s => s.Kind != ActivityKind.Server || !Equals(s.GetTagItem("server.port"), new Uri(connector.BaseUrl).Port)).ToList(); // not the fake connector's own
        var spanText = string.Join('\n', spans.SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}")).Concat(spans.Select(s => s.DisplayName)));
        var logText = string.Join('\n', _logs.Select(l => l.Text));
        Assert.DoesNotContain("online shop", spanText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(SecondMessage, spanText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("online shop", logText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http-telemetry", spanText, StringComparison.Ordinal);
        var turnTraces = _spans.Where(s => s.OperationName == "bot.turn").Select(s => s.TraceId).ToHashSet();
        Assert.Contains(_logs, l => turnTraces.Contains(l.TraceId));
    }

    [Fact]
    public async Task Telemetry_WithNoExporterConfigured_IsNotRegisteredAndNothingListens()
    {
        await using var host = await BotHost.StartAsync(Ct);

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.False(BotTelemetry.Source.HasListeners());
    }

    [Fact]
    public async Task Telemetry_WithAnOtlpEndpoint_IsRegistered()
    {
        await using var host = await BotHost.StartAsync(Ct, null, "--OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:9");

        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
        Assert.True(BotTelemetry.Source.HasListeners());
    }

    private long Sum(string metric, params (string Key, string Value)[] tags)
    {
        var last = _metrics.LastOrDefault(m => m.Name == metric);
        return last is null ? 0 : last.MetricPoints
            .Where(p => tags.All(t => HasTag(p, t.Key, t.Value)))
            .Sum(p => p.GetSumLong());
    }

    private static bool HasTag(MetricPoint point, string key, string value)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key && Equals(tag.Value?.ToString(), value))
            {
                return true;
            }
        }

        return false;
    }

    private Task<BotHost> StartHostAsync() => BotHost.StartAsync(Ct, services => services.AddOpenTelemetry()
        .WithTracing(tracing => tracing.AddInMemoryExporter(_spans))
        .WithMetrics(metrics => metrics.AddInMemoryExporter(_metrics))
        .WithLogging(logging => logging.AddProcessor(new LogCapture(_logs)), options => options.IncludeFormattedMessage = true),
        "--Logging:LogLevel:Advisor.Dialogs=Debug"); // the turn's own log line (Debug) is the one that must carry the trace id

    /// <summary>Two turns: the first message gives every required answer but experience, the second gives it and gets the card.</summary>
    private static async Task ConverseAsync(BotHost host, FakeConnectorServer connector)
    {
        await SayAsync(host, connector, FirstMessage, 1);
        await SayAsync(host, connector, SecondMessage, 2);
    }

    private static async Task SayAsync(BotHost host, FakeConnectorServer connector, string text, int turn)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"m{turn}",
            ["channelId"] = "emulator",
            ["serviceUrl"] = connector.BaseUrl,
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1" },
            ["conversation"] = new JsonObject { ["id"] = "http-telemetry" },
            ["text"] = text,
        };
        using var response = await host.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Keeps each log record's text (message, attributes) and trace id; records are pooled, so nothing else is kept.</summary>
    private sealed class LogCapture(ConcurrentQueue<(string, ActivityTraceId)> sink) : BaseProcessor<LogRecord>
    {
        public override void OnEnd(LogRecord data)
        {
            var attributes = data.Attributes?.Select(a => $"{a.Key}={a.Value}") ?? [];
            sink.Enqueue(($"{data.FormattedMessage} {data.Body} {string.Join(' ', attributes)} {data.Exception}", data.TraceId));
        }
    }
}
