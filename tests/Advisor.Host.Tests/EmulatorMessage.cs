using System.Text;
using System.Text.Json.Nodes;

namespace Advisor.Host.Tests;

/// <summary>A user's message as the Emulator posts it to /api/messages, with the replies asked back in the response (expectReplies).</summary>
internal static class EmulatorMessage
{
    public static StringContent ExpectReplies(string conversationId, string userId, string text, string? id = null) => new(new JsonObject
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "emulator",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = userId },
        ["recipient"] = new JsonObject { ["id"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["text"] = text,
    }.ToJsonString(), Encoding.UTF8, "application/json");

    public static async Task<JsonArray> RepliesAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!["activities"]!.AsArray();
}
