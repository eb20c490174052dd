using Bot.DirectLine.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine.Conversations;

/// <summary>
/// The live conversations, in memory and bounded: when <see cref="DirectLineOptions.MaxConversations"/>
/// is reached, conversations whose every token has expired (so no client can reach them) are evicted,
/// and so are idle ones (no socket, client unseen for <see cref="DirectLineOptions.IdleTimeout"/>), so
/// tokens generated and refreshed by one client cannot hold every slot; eviction closes the evicted
/// conversations' sockets. Only if nothing can be evicted is the new conversation refused. One instance only: conversations do not survive a
/// restart nor span several servers (Azure Direct Line is the answer for that).
/// </summary>
internal sealed class ConversationStore(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<ConversationStore> logger)
{
    private readonly Dictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _conversations.Count;
            }
        }
    }

    public DirectLineConversation? Find(string conversationId)
    {
        lock (_gate)
        {
            return _conversations.GetValueOrDefault(conversationId);
        }
    }

    /// <summary>The token's conversation, created on first use; null when the store is full.</summary>
    public (DirectLineConversation? Conversation, bool Created) GetOrCreate(DirectLineToken grant)
    {
        lock (_gate)
        {
            if (_conversations.TryGetValue(grant.ConversationId, out var existing))
            {
                existing.ExtendTo(grant.ExpiresAt);
                existing.Touch();
                return (existing, false);
            }

            var limit = options.Value.MaxConversations;
            if (_conversations.Count >= limit && EvictUnreachableOrIdle() == 0)
            {
                Log.ConversationLimitReached(logger, limit);
                return (null, false);
            }

            var conversation = new DirectLineConversation(grant.ConversationId, grant.UserId, ConversationLimits.From(options.Value), time);
            conversation.ExtendTo(grant.ExpiresAt);
            _conversations.Add(conversation.Id, conversation);
            return (conversation, true);
        }
    }

    private int EvictUnreachableOrIdle()
    {
        var now = time.GetUtcNow();
        var idleSince = now - options.Value.IdleTimeout;
        return Evict(c => c.ExpiresAt <= now, "expired") + Evict(c => c.IsIdleSince(idleSince), "idle");
    }

    private int Evict(Func<DirectLineConversation, bool> evictable, string reason)
    {
        var evicted = _conversations.Values.Where(evictable).ToList();
        foreach (var conversation in evicted)
        {
            _conversations.Remove(conversation.Id);
            conversation.End(reason);
        }

        if (evicted.Count > 0)
        {
            Log.Evicted(logger, evicted.Count, reason);
        }

        return evicted.Count;
    }
}
