using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Schema;

namespace Advisor.Dialogs.Cards;

/// <summary>Small builders for Adaptive Card 1.4 JSON (the version Teams and Web Chat both render).</summary>
internal static class AdaptiveCards
{
    public static JsonObject Card(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.4",
            ["body"] = new JsonArray([.. body]),
        };
        if (actions is not null)
        {
            card["actions"] = new JsonArray([.. actions]);
        }

        return card;
    }

    public static JsonObject Text(string text, string? size = null, bool bold = false, bool subtle = false, string? color = null, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        Set(block, "size", size);
        Set(block, "weight", bold ? "Bolder" : null);
        Set(block, "color", color);
        Set(block, "spacing", spacing);
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }

    public static JsonObject Submit(string title, JsonObject data) => new() { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };

    /// <summary>A Universal Action (Teams): an <c>adaptiveCard/action</c> invoke whose response can refresh the card.</summary>
    public static JsonObject Execute(string title, string verb, JsonObject data) => new() { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data };

    public static JsonObject Columns(params (string Text, bool Bold, string? Align)[] cells) => new()
    {
        ["type"] = "ColumnSet",
        ["columns"] = new JsonArray([.. cells.Select((c, i) => (JsonNode)new JsonObject
        {
            ["type"] = "Column",
            ["width"] = i == 0 ? "stretch" : "auto",
            ["items"] = new JsonArray(Align(Text(c.Text, bold: c.Bold), c.Align)),
        })]),
    };

    public static Attachment ToAttachment(JsonObject card) => new()
    {
        ContentType = AttachmentContentTypes.AdaptiveCard,
        Content = JsonSerializer.SerializeToElement(card, Bot.Dialogs.DialogsJsonContext.Default.JsonObject),
    };

    private static JsonObject Align(JsonObject block, string? align)
    {
        Set(block, "horizontalAlignment", align);
        return block;
    }

    private static void Set(JsonObject block, string name, string? value)
    {
        if (value is not null)
        {
            block[name] = value;
        }
    }
}
