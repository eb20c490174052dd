using Bot.Dialogs.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Dialogs.Tests.Hosting;

public sealed class RecognizerWarmUpServiceTests
{
    [Fact]
    public async Task StartAsync_Always_LogsWarmUpTime()
    {
        var logger = new ListLogger();
        var sut = new RecognizerWarmUpService(new FakeTimeProvider(), logger);

        await sut.StartAsync(TestContext.Current.CancellationToken);

        var record = Assert.Single(logger.Records);
        Assert.Equal((LogLevel.Information, 2001), (record.Level, record.EventId));
        Assert.Equal(0L, record.Fields["ElapsedMs"]);
    }

    [Fact]
    public void AddDialogs_CalledTwice_RegistersOneWarmUpService()
    {
        var services = new ServiceCollection().AddDialogs().AddDialogs().AddRecognizerWarmUp();

        Assert.Single(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RecognizerWarmUpService));
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
    }

    private sealed class ListLogger : ILogger<RecognizerWarmUpService>
    {
        public List<(LogLevel Level, int EventId, Dictionary<string, object?> Fields)> Records { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            Records.Add((logLevel, eventId.Id, fields.ToDictionary(f => f.Key, f => f.Value)));
        }
    }
}
