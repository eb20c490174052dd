namespace Bot.Storage.Redis;

/// <summary>Settings of the Redis store and turn lease (configuration section <c>Storage:Redis</c>).</summary>
public sealed class RedisStorageOptions
{
    public const string SectionName = "Storage:Redis";

    /// <summary>A StackExchange.Redis connection string, e.g. <c>localhost:6379,password=...</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Put before every key, so several bots (or environments) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "advisor:";

    /// <summary>
    /// How long a conversation's turn lease lasts unless renewed. The instance running a turn renews it
    /// every third of this; if that instance dies, another may take the conversation after at most this long.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a turn waits for another instance's turn of the same conversation before giving up.</summary>
    public TimeSpan LeaseWait { get; set; } = TimeSpan.FromSeconds(45);
}
