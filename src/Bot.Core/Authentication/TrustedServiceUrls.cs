namespace Bot.Core.Authentication;

/// <summary>
/// Service URLs that arrived in authenticated activities: the only places the bot sends its token
/// (issue #7), so a URL an attacker writes into an activity never receives it. Bounded: the least
/// recently seen URL is forgotten first.
/// </summary>
internal sealed class TrustedServiceUrls
{
    public const int DefaultCapacity = 4096;
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<string>> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly LinkedList<string> _recency = new();
    private readonly Lock _lock = new();

    public TrustedServiceUrls()
        : this(DefaultCapacity)
    {
    }

    public TrustedServiceUrls(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    public void Add(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        lock (_lock)
        {
            if (_index.TryGetValue(serviceUrl, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return;
            }

            _index[serviceUrl] = _recency.AddFirst(serviceUrl);
            if (_index.Count > _capacity)
            {
                _index.Remove(_recency.Last!.Value);
                _recency.RemoveLast();
            }
        }
    }

    public bool IsTrusted(string serviceUrl)
    {
        lock (_lock)
        {
            return _index.ContainsKey(serviceUrl);
        }
    }
}
