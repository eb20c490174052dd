using Bot.DirectLine.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine.Conversations;

/// <summary>
/// The live conversations, in memory and bounded: when <see cref="DirectLineOptions.MaxConversations"/>
/// is reached, conversations whose every token has expired (so no client can reach them) are evicted,
/// their sockets closed so they do not keep them in memory; if none has, the new conversation is refused. One instance only: conversations do not survive a
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
                return (existing, false);
            }

            var limit = options.Value.MaxConversations;
            if (_conversations.Count >= limit && EvictExpired() == 0)
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

    private int EvictExpired()
    {
        var now = time.GetUtcNow();
        var expired = _conversations.Values.Where(c => c.ExpiresAt <= now).Select(c => c.Id).ToList();
        foreach (var id in expired)
        {
            _conversations.Remove(id, out var conversation);
            conversation!.End("expired");
        }

        Log.Evicted(logger, expired.Count, "expired");
        return expired.Count;
    }
}
