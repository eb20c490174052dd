using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Core.Schema;

/// <summary>Reply building and other activity helpers with the SDK's wire behaviour (protocol doc §1.3).</summary>
public static class ActivityExtensions
{
    /// <summary>
    /// Builds a message that answers <paramref name="incoming"/>: from/recipient swapped, same channel,
    /// service URL and conversation, replying to the incoming id, in the incoming locale.
    /// </summary>
    public static Activity CreateReply(this Activity incoming, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var reply = new Activity { Type = ActivityTypes.Message, Text = text };
        reply.ApplyConversationReference(incoming);
        return reply;
    }

    /// <summary>
    /// Fills the addressing fields of an outgoing activity from the activity it answers, leaving
    /// anything the caller already set. A conversationUpdate on Direct Line or Web Chat is not a
    /// valid reply target, so those replies go out with no replyToId (protocol doc §1.3 quirk).
    /// </summary>
    public static void ApplyConversationReference(this Activity outgoing, Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        ArgumentNullException.ThrowIfNull(incoming);
        outgoing.ChannelId ??= incoming.ChannelId;
        outgoing.ServiceUrl ??= incoming.ServiceUrl;
        outgoing.Conversation ??= incoming.Conversation;
        outgoing.From ??= incoming.Recipient;
        outgoing.Recipient ??= incoming.From;
        outgoing.Locale ??= incoming.Locale;
        if (outgoing.ReplyToId is null && !IsUnreplyableUpdate(incoming))
        {
            outgoing.ReplyToId = incoming.Id;
        }
    }

    /// <summary>The reference to keep for reaching this conversation later (protocol doc §1.2).</summary>
    public static ConversationReference GetConversationReference(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ConversationReference
        {
            ActivityId = activity.Id,
            User = activity.From,
            Bot = activity.Recipient,
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Locale = activity.Locale,
        };
    }

    /// <summary>Members added other than the bot itself (protocol doc §1.4, conversationUpdate).</summary>
    public static IEnumerable<ChannelAccount> MembersAddedOtherThanBot(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return (activity.MembersAdded ?? []).Where(m => m.Id is not null && !string.Equals(m.Id, botId, StringComparison.Ordinal));
    }

    /// <summary>
    /// The text with every @mention of the bot removed and trimmed (protocol doc §6.3): the entity's
    /// own text is removed case-insensitively, or <c>&lt;at&gt;name&lt;/at&gt;</c> when it has none.
    /// </summary>
    public static string? TextWithoutBotMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        if (string.IsNullOrEmpty(text) || activity.Entities is null || activity.Recipient?.Id is not { } botId)
        {
            return text;
        }

        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) || entity.Properties is null)
            {
                continue;
            }

            var mentioned = entity.Properties.TryGetValue("mentioned", out var m) && m.ValueKind == JsonValueKind.Object ? m : (JsonElement?)null;
            var mentionedId = mentioned?.TryGetProperty("id", out var id) == true ? id.GetString() : null;
            if (!string.Equals(mentionedId, botId, StringComparison.Ordinal))
            {
                continue;
            }

            var markup = entity.Properties.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (string.IsNullOrEmpty(markup))
            {
                var name = mentioned?.TryGetProperty("name", out var n) == true ? n.GetString() : null;
                markup = name is null ? null : $"<at>{name}</at>";
            }

            if (!string.IsNullOrEmpty(markup))
            {
                text = Regex.Replace(text, Regex.Escape(markup), string.Empty, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
        }

        return text.Trim();
    }

    private static bool IsUnreplyableUpdate(Activity incoming) =>
        incoming.Type == ActivityTypes.ConversationUpdate
        && incoming.ChannelId is Channels.DirectLine or Channels.WebChat;
}
