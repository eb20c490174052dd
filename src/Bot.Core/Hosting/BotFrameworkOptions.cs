using Microsoft.Extensions.Configuration;

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

    /// <summary>Overrides the issuer of channel tokens (default <c>https://api.botframework.com</c>, protocol doc §3.1).</summary>
    public string? ToBotFromChannelTokenIssuer { get; set; }

    /// <summary>Overrides the OpenID metadata URL whose keys sign channel tokens.</summary>
    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    /// <summary>Overrides the OpenID metadata URL whose keys sign Emulator tokens.</summary>
    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }

    /// <summary>Overrides the authority for outbound tokens, tenant included (default <c>https://login.microsoftonline.com/{botframework.com or tenant}</c>).</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary>Overrides the outbound token scope (default <c>https://api.botframework.com</c>; <c>/.default</c> is added when missing).</summary>
    public string? ToChannelFromBotOAuthScope { get; set; }

    /// <summary>Overrides <c>IDENTITY_ENDPOINT</c>, the managed identity token endpoint for <c>UserAssignedMSI</c>.</summary>
    public string? ManagedIdentityEndpoint { get; set; }

    /// <summary>App Service's managed identity endpoint, from its environment.</summary>
    [ConfigurationKeyName("IDENTITY_ENDPOINT")]
    public string? IdentityEndpoint { get; set; }

    /// <summary>App Service's managed identity header secret, from its environment.</summary>
    [ConfigurationKeyName("IDENTITY_HEADER")]
    public string? IdentityHeader { get; set; }

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}

/// <summary>Limits of the <c>/api/messages</c> endpoint, bound from the <c>Bot</c> section.</summary>
public sealed class BotEndpointOptions
{
    public const string SectionName = "Bot";

    /// <summary>Largest accepted request body; larger ones get 413. Default 256 KB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// With authentication off, the serviceUrl origins (scheme, host, port) activities may name besides
    /// loopback ones, e.g. an Emulator on another machine. Ignored with authentication on, where the
    /// channel's token vouches for the serviceUrl.
    /// </summary>
    public IList<string> AllowedServiceUrls { get; } = [];
}
