namespace Bot.Core.Authentication;

/// <summary>The bot's identity type, the app setting <c>MicrosoftAppType</c> (protocol doc §3.3).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}

internal static class BotAppTypes
{
    /// <summary>Missing or unparseable values mean MultiTenant, as in the SDK (protocol doc §7).</summary>
    public static BotAppType Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "SINGLETENANT" => BotAppType.SingleTenant,
        "USERASSIGNEDMSI" => BotAppType.UserAssignedMsi,
        _ => BotAppType.MultiTenant,
    };

    public static bool IsKnown(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().ToUpperInvariant() is "MULTITENANT" or "SINGLETENANT" or "USERASSIGNEDMSI";
}
