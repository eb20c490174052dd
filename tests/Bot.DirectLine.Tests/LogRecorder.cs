using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.DirectLine.Tests;

/// <summary>
/// A logger provider that keeps the bot's own formatted messages (not ASP.NET Core's request logs, which the
/// host keeps at Warning), so a test can check what an operator would read.
/// </summary>
public sealed class LogRecorder : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName.StartsWith("Microsoft.", StringComparison.Ordinal) ? new() : Messages);

    public void Dispose()
    {
        // Nothing to release: the messages stay readable after the host stops.
    }

    private sealed class Recorder(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(formatter(state, exception));
    }
}
