using System.Collections.Concurrent;

namespace Bot.Dialogs.Recognition;

/// <summary>
/// A bounded memo of a pure recognition: the same input always gives the same result, so a result
/// can be shared. Button labels and other repeated texts stay in it; when it is full it is emptied
/// rather than tracked entry by entry, so a stream of unique texts costs at most one clear per
/// <c>capacity</c> misses and never more than <c>capacity</c> entries of memory. Thread-safe.
/// Values must be treated as read-only by every caller.
/// </summary>
internal sealed class RecognitionCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _items = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> recognize)
    {
        ArgumentNullException.ThrowIfNull(recognize);
        if (_items.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = recognize(key);
        if (Interlocked.Increment(ref _count) > capacity)
        {
            _items.Clear();
            Volatile.Write(ref _count, 1);
        }

        _items[key] = value;
        return value;
    }
}
