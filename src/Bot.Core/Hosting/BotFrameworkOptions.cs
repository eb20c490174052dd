namespace Bot.Core.Hosting;

/// <summary>
/// The bot's identity, bound from the configuration root with Bot Framework's conventional names
/// (protocol doc §7), so App Service settings and Emulator habits work unchanged.
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMSI</c>; missing or unknown means MultiTenant.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>Empty: authentication is off (local Emulator and built-in Web Chat only).</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}

/// <summary>Limits of the <c>/api/messages</c> endpoint, bound from the <c>Bot</c> section.</summary>
public sealed class BotEndpointOptions
{
    public const string SectionName = "Bot";

    /// <summary>Largest accepted request body; larger ones get 413. Default 256 KB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
