namespace Bot.DirectLine;

/// <summary>
/// Settings of the built-in Direct Line endpoint and of the Web Chat token endpoint, bound from the
/// <c>DirectLine</c> section. Request bodies are bounded by <c>Bot:MaxRequestBodyBytes</c>, as on /api/messages,
/// and activities posted here by the smaller <see cref="MaxActivityBytes"/>.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// An Azure Direct Line secret. When set, the Web Chat page gets its token from Azure (exchanged
    /// server-side; the secret never reaches the browser) instead of from the built-in endpoint.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Azure Direct Line's base URL; a regional one, or a loopback fake in tests.</summary>
    public Uri AzureEndpoint { get; set; } = new("https://directline.botframework.com/v3/directline");

    /// <summary>How long a token is valid; refreshing before then gives a new one (protocol doc §5.1).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Activities kept per conversation for GET and stream replay; older ones are dropped.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>
    /// Serialized bytes of history kept per conversation; the oldest activities are dropped to stay under
    /// it. Also the most a socket that is not reading may have queued before it is cut off.
    /// </summary>
    public int MaxHistoryBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Largest activity a client may post (413 above it). Web Chat's messages and card submits are a few
    /// KB; this keeps one token from filling its history and socket queue with request-sized activities.
    /// </summary>
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Live conversations; when full, those whose tokens have all expired, or that are idle, are evicted first.</summary>
    public int MaxConversations { get; set; } = 1000;

    /// <summary>
    /// Live conversations one client (one IP address) may hold; at the cap its own expired and idle ones are
    /// evicted first, then it is refused (429). Keeps one client from holding every slot.
    /// </summary>
    public int MaxConversationsPerClient { get; set; } = 50;

    /// <summary>
    /// When the store (or a client's share of it) is full, a conversation whose user has not posted or
    /// restarted it for this long is evicted to make room, even if its token is valid and its socket open.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Tokens one client IP may get per minute from <c>/tokens/generate</c>, <c>/tokens/refresh</c> and
    /// <c>/api/webchat/token</c> together (429 above it); 0 turns the limit off. Behind a reverse proxy, enable forwarded headers so
    /// the client's address, not the proxy's, is used.
    /// </summary>
    public int TokensPerMinutePerClient { get; set; } = 30;

    /// <summary>The bot's account as the client sees it.</summary>
    public string BotId { get; set; } = "framework-advisor";

    public string BotName { get; set; } = "Framework Advisor";

    public bool UsesAzure => !string.IsNullOrWhiteSpace(Secret);
}
