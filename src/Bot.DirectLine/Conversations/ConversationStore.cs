using Bot.DirectLine.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine.Conversations;

/// <summary>
/// The live conversations, in memory and bounded twice: in all (<see cref="DirectLineOptions.MaxConversations"/>)
/// and per client (<see cref="DirectLineOptions.MaxConversationsPerClient"/>), so one client cannot hold
/// every slot (issue 13, R2). When a bound is reached, the conversations under it whose every token has
/// expired (no client can reach them) are evicted, then those whose user has done nothing for
/// <see cref="DirectLineOptions.IdleTimeout"/>: an open socket or a refreshed token alone does not keep a
/// conversation. Eviction closes the evicted conversations' sockets. Only if nothing can be evicted is
/// the new conversation refused. One instance only: conversations do not survive a restart nor span
/// several servers (Azure Direct Line is the answer for that).
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

    /// <summary>The token's conversation, created on first use for <paramref name="client"/>; null when a bound is reached.</summary>
    public (DirectLineConversation? Conversation, bool Created) GetOrCreate(DirectLineToken grant, string client)
    {
        lock (_gate)
        {
            if (_conversations.TryGetValue(grant.ConversationId, out var existing))
            {
                existing.ExtendTo(grant.ExpiresAt);
                existing.NoteUserActivity();
                return (existing, false);
            }

            var value = options.Value;
            if (!HasRoom(c => c.Client == client, value.MaxConversationsPerClient) || !HasRoom(_ => true, value.MaxConversations))
            {
                return (null, false);
            }

            var conversation = new DirectLineConversation(grant.ConversationId, grant.UserId, client, ConversationLimits.From(value), time);
            conversation.ExtendTo(grant.ExpiresAt);
            _conversations.Add(conversation.Id, conversation);
            return (conversation, true);
        }
    }

    /// <summary>True when fewer than <paramref name="limit"/> conversations match, after evicting unreachable and idle ones among them.</summary>
    private bool HasRoom(Func<DirectLineConversation, bool> among, int limit)
    {
        if (_conversations.Values.Count(among) < limit)
        {
            return true;
        }

        var now = time.GetUtcNow();
        var idleSince = now - options.Value.IdleTimeout;
        if (Evict(c => among(c) && c.ExpiresAt <= now, "expired") + Evict(c => among(c) && c.IsIdleSince(idleSince), "idle") > 0)
        {
            return true;
        }

        Log.ConversationLimitReached(logger, limit);
        return false;
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
