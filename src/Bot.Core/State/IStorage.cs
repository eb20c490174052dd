using System.Text.Json;

namespace Bot.Core.State;

/// <summary>
/// A stored JSON value with its eTag. On write the eTag is the condition:
/// <c>"*"</c> overwrites unconditionally, <c>null</c> creates only if the key does not exist,
/// any other value writes only if it equals the stored eTag (optimistic concurrency, protocol doc §8.7).
/// </summary>
public sealed record StoreItem(JsonElement Value, string? ETag)
{
    /// <summary>
    /// On write: how long the item lives unless written again (sliding idle expiry, issue 14); null keeps it
    /// until deleted. An expired item is absent for reads and write conditions, and the store reclaims it.
    /// </summary>
    public TimeSpan? TimeToLive { get; init; }
}

/// <summary>Key/value storage for bot state. Every implementation passes the same contract tests.</summary>
public interface IStorage
{
    /// <summary>Reads the keys that exist; missing keys are simply absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes all items or none, each under its eTag condition, and returns the new eTags.
    /// A failed condition throws <see cref="ETagConflictException"/> and writes nothing.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    /// <summary>Deletes the keys; deleting a missing key is not an error.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}

/// <summary>A write lost an optimistic-concurrency race: someone else changed the item first.</summary>
public sealed class ETagConflictException : Exception
{
    public ETagConflictException() { }

    public ETagConflictException(string message) : base(message) { }

    public ETagConflictException(string message, Exception innerException) : base(message, innerException) { }

    public static ETagConflictException For(string key) => new($"The stored item '{key}' was changed by another writer; reload and retry.") { Key = key };

    public string? Key { get; private init; }
}

/// <summary>
/// A turn could not start because another instance kept the conversation busy too long (issue 14).
/// Like a lost eTag race it is not a bug: the state is kept and the user may resend.
/// </summary>
public sealed class ConversationBusyException : Exception
{
    public ConversationBusyException() { }

    public ConversationBusyException(string message) : base(message) { }

    public ConversationBusyException(string message, Exception innerException) : base(message, innerException) { }
}
