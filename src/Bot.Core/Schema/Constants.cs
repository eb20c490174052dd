namespace Bot.Core.Schema;

/// <summary>Activity types (protocol doc §1.4). Compare ordinally.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string ContactRelationUpdate = "contactRelationUpdate";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string Trace = "trace";

    /// <summary>Not a wire type: a bot "sends" this to set the HTTP response of an invoke.</summary>
    public const string InvokeResponse = "invokeResponse";

    /// <summary>The types this bot runs a turn for; any other type is acknowledged and ignored.</summary>
    public static bool IsHandled(string type) => type is Message or ConversationUpdate or InstallationUpdate
        or Typing or EndOfConversation or Event or Invoke or MessageReaction or ContactRelationUpdate;
}

/// <summary>Channel ids seen by this bot.</summary>
public static class Channels
{
    public const string Emulator = "emulator";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
    public const string MsTeams = "msteams";
    public const string Test = "test";
}

/// <summary><c>inputHint</c> wire values (protocol doc §9.1).</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}

/// <summary><c>deliveryMode</c> values (protocol doc §1.2).</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}

/// <summary>CardAction types (protocol doc §1.6).</summary>
public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
}

/// <summary>Attachment content types (protocol doc §1.5).</summary>
public static class AttachmentContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string HeroCard = "application/vnd.microsoft.card.hero";
}

/// <summary>Role values of <see cref="ChannelAccount.Role"/>.</summary>
public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}

/// <summary>Teams <c>conversation.conversationType</c> values (protocol doc §6.1).</summary>
public static class ConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}
