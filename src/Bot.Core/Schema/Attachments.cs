using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Core.Schema;

/// <summary>
/// A file or card in an activity (protocol doc §1.5). Card <see cref="Content"/> stays raw JSON:
/// an Adaptive Card is sent exactly as written, and unknown card fields are never lost.
/// </summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>A button (protocol doc §1.6).</summary>
public sealed class CardAction
{
    public CardAction() { }

    public CardAction(string type, string title, string value)
    {
        Type = type;
        Title = title;
        Value = JsonSerializer.SerializeToElement(value, BotJsonContext.Default.String);
    }

    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? ImageAltText { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonElement? Value { get; set; }
    public JsonElement? ChannelData { get; set; }

    /// <summary>An <c>imBack</c> button: clicking it sends <paramref name="value"/> as if typed.</summary>
    public static CardAction ImBack(string title, string? value = null) => new(ActionTypes.ImBack, title, value ?? title);
}

/// <summary>Quick replies shown under the latest bot message (protocol doc §1.7).</summary>
public sealed class SuggestedActions
{
    public IList<string>? To { get; set; }
    public IList<CardAction>? Actions { get; set; }
}

/// <summary>Hero card content (protocol doc §1.5).</summary>
public sealed class HeroCard
{
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Text { get; set; }
    public IList<CardAction>? Buttons { get; set; }
    public CardAction? Tap { get; set; }

    /// <summary>Wraps the card in an attachment with the hero content type.</summary>
    public Attachment ToAttachment() => new()
    {
        ContentType = AttachmentContentTypes.HeroCard,
        Content = JsonSerializer.SerializeToElement(this, BotJsonContext.Default.HeroCard),
    };
}

/// <summary>An entity: mention, clientInfo, ... (protocol doc §1.8). Everything but <see cref="Type"/> stays raw.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
