using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Core.Schema;

/// <summary>
/// A Bot Framework activity as it travels on the wire (protocol doc §1). Members are nullable
/// because channels omit what they do not use; the adapter validates what a turn needs.
/// Fields this type does not model survive a read/write round trip through <see cref="Properties"/>.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public string? AttachmentLayout { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public IList<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public JsonElement? Value { get; set; }
    public string? ValueType { get; set; }
    public string? Name { get; set; }
    public string? Label { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public IList<MessageReaction>? ReactionsAdded { get; set; }
    public IList<MessageReaction>? ReactionsRemoved { get; set; }
    public string? Action { get; set; }
    public string? DeliveryMode { get; set; }
    public string? Code { get; set; }
    public string? CallerId { get; set; }

    /// <summary>Every wire field this type does not model (Teams fields, future fields).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
