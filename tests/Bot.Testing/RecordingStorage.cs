using Bot.Core.State;

namespace Bot.Testing;

/// <summary>Storage that keeps the keys of every read and write it passes on, so tests can count a turn's round trips.</summary>
public sealed class RecordingStorage(IStorage inner) : IStorage
{
    public List<string[]> Reads { get; } = [];

    public List<string[]> Writes { get; } = [];

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Reads.Add([.. keys]);
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        Writes.Add([.. changes.Keys]);
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

    /// <summary>Forgets what was recorded so far (the calls of earlier turns).</summary>
    public void Clear()
    {
        Reads.Clear();
        Writes.Clear();
    }
}
