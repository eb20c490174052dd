using Microsoft.Extensions.Logging;

namespace Bot.Testing;

/// <summary>A logger that keeps what was logged, so tests can assert that a failure was reported.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public List<LogRecord> Records { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var fields = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        lock (Records)
        {
            Records.Add(new LogRecord(logLevel, eventId.Id, formatter(state, exception), fields.ToDictionary(f => f.Key, f => f.Value), exception));
        }
    }
}

/// <summary>One logged event with its structured fields.</summary>
public sealed record LogRecord(LogLevel Level, int EventId, string Message, IReadOnlyDictionary<string, object?> Fields, Exception? Exception);
