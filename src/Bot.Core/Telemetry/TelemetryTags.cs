namespace Bot.Core.Telemetry;

/// <summary>The tag names on the bot's spans and metrics.</summary>
public static class TelemetryTags
{
    public const string Channel = "bot.channel";
    public const string ActivityType = "bot.activity.type";
    public const string DeliveryMode = "bot.delivery_mode";
    public const string Outcome = "bot.outcome";
    public const string StatusCode = "http.response.status_code";
    public const string ConversationHash = "bot.conversation.hash";
    public const string ErrorType = "error.type";
    public const string StorageOperation = "db.operation.name";
    public const string StateName = "bot.state";
}

/// <summary>The values of <see cref="TelemetryTags.Outcome"/>.</summary>
public static class TurnOutcomes
{
    public const string Ok = "ok";
    public const string Error = "error";
    public const string Unauthorized = "unauthorized";
    public const string NotImplemented = "not_implemented";
}
