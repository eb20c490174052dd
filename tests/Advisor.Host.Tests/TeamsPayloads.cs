using System.Text.Json.Nodes;

namespace Advisor.Host.Tests;

/// <summary>
/// Activities shaped as Teams sends them (captured shapes, protocol doc §6.1–§6.3): ids 28:/29:/19:,
/// conversationType, tenant, team and channel in channelData, the bot's mention entity, clientInfo.
/// </summary>
internal sealed class TeamsPayloads(string serviceUrl)
{
    public const string BotId = "28:5f0a2c1e-7b1d-4a8e-9c3f-2d6b8e4a1c70";
    public const string BotName = "Framework Advisor";
    public const string UserId = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string TeamId = "19:8bf0b2ed84d84e5b9aa0ec8ad2bc4bb7@thread.tacv2";
    public const string PersonalChatId = "a:1Rz8Ev3oSoaM6Y1dCkDtIQ8n8q5x6ZVv2Ry0z8pqF1bfkXh2eG3p7Y4c5B6n9m0dA";
    public const string GroupChatId = "19:meeting_NjY1ZGVlZmEtYjk5OS00NmEyLWE1YjAtMWM1ZjYxNDg1NjBi@thread.v2";

    private int _next = 1_732_000_000;

    /// <summary>A channel's new post (its own conversation: the channel id with <c>;messageid=</c> the post's id) that @mentions the bot.</summary>
    public JsonObject ThreadMention(string text, string channelId = TeamId)
    {
        var id = NextId();
        var message = Activity("message", $"{channelId};messageid={id}", "channel", id);
        message["text"] = $"<at>{BotName}</at> {text}";
        message["textFormat"] = "plain";
        message["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = $"<at>{BotName}</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName } },
            ClientInfo());
        message["channelData"] = TeamChannelData(channelId);
        return message;
    }

    /// <summary>The installationUpdate of an install in a team: its conversation is the channel picked during install.</summary>
    public JsonObject TeamInstall(string channelId = TeamId)
    {
        var install = Activity("installationUpdate", channelId, "channel", "f:" + NextId());
        install["action"] = "add";
        install["channelData"] = TeamChannelData(channelId);
        return install;
    }

    /// <summary>The conversationUpdate that comes with a team install (only the bot is added) or a member joining the team.</summary>
    public JsonObject TeamMembersAdded(string memberId)
    {
        var update = Activity("conversationUpdate", TeamId, "channel", "f:" + NextId());
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = memberId });
        var channelData = TeamChannelData(TeamId);
        channelData["eventType"] = "teamMemberAdded";
        update["channelData"] = channelData;
        return update;
    }

    public JsonObject PersonalInstallation(string action)
    {
        var update = Activity("installationUpdate", PersonalChatId, "personal", "f:" + NextId());
        update["action"] = action;
        update["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId }, ["source"] = new JsonObject { ["name"] = "message" } };
        return update;
    }

    public JsonObject PersonalMessage(string text)
    {
        var id = NextId();
        var message = Activity("message", PersonalChatId, "personal", id);
        message["text"] = text;
        message["textFormat"] = "plain";
        message["entities"] = new JsonArray(ClientInfo());
        message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        return message;
    }

    public JsonObject GroupChatMention(string text)
    {
        var id = NextId();
        var message = Activity("message", GroupChatId, "groupChat", id);
        message["text"] = $"<at>{BotName}</at> {text}";
        message["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = $"<at>{BotName}</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName } });
        message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        return message;
    }

    private string NextId() => (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture) + "123";

    private JsonObject Activity(string type, string conversationId, string conversationType, string id)
    {
        var conversation = new JsonObject { ["conversationType"] = conversationType, ["tenantId"] = TenantId, ["id"] = conversationId };
        if (conversationType != "personal")
        {
            conversation["isGroup"] = true;
        }

        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["timestamp"] = "2026-11-25T09:00:00.000Z",
            ["localTimestamp"] = "2026-11-25T10:00:00.000+01:00",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Ada Lovelace", ["aadObjectId"] = "6f8e2c4a-1b3d-4e5f-8a9b-0c1d2e3f4a5b" },
            ["conversation"] = conversation,
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["locale"] = "en-US",
        };
    }

    private static JsonObject TeamChannelData(string channelId) => new()
    {
        ["teamsChannelId"] = channelId,
        ["teamsTeamId"] = TeamId,
        ["channel"] = new JsonObject { ["id"] = channelId },
        ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Web platform", ["aadGroupId"] = "0c8f6e5a-3b2d-4c1e-9f8a-7b6c5d4e3f2a" },
        ["tenant"] = new JsonObject { ["id"] = TenantId },
    };

    private static JsonObject ClientInfo() => new()
    {
        ["type"] = "clientInfo",
        ["locale"] = "en-US",
        ["country"] = "US",
        ["platform"] = "Web",
        ["timezone"] = "Europe/Berlin",
    };
}
