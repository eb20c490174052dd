using Bot.Core.Hosting;

namespace Bot.Core.Authentication;

/// <summary>
/// <see cref="BotFrameworkOptions"/> resolved once: overrides where set, the public-cloud
/// constants (protocol doc §3.1) otherwise, and the outbound authority chosen by app type (§3.3).
/// </summary>
internal sealed record AuthenticationSettings(
    string AppId,
    BotAppType AppType,
    string? TenantId,
    string? Password,
    string ChannelIssuer,
    Uri ChannelOpenIdMetadataUrl,
    Uri EmulatorOpenIdMetadataUrl,
    Uri TokenEndpoint,
    string Scope,
    string Resource,
    Uri? ManagedIdentityEndpoint,
    string? ManagedIdentityHeader)
{
    private const string DefaultScopeSuffix = "/.default";

    public static AuthenticationSettings From(BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var appType = BotAppTypes.Parse(options.MicrosoftAppType);
        var tenantId = Blank(options.MicrosoftAppTenantId);
        var authority = Blank(options.ToChannelFromBotLoginUrl)
            ?? $"{AuthenticationConstants.LoginAuthorityHost}/{(appType == BotAppType.MultiTenant ? AuthenticationConstants.MultiTenantAuthorityTenant : tenantId)}";
        var scopeSetting = Blank(options.ToChannelFromBotOAuthScope) ?? AuthenticationConstants.ChannelOAuthScope;
        var resource = scopeSetting.EndsWith(DefaultScopeSuffix, StringComparison.OrdinalIgnoreCase) ? scopeSetting[..^DefaultScopeSuffix.Length] : scopeSetting;
        var msiEndpoint = Blank(options.ManagedIdentityEndpoint) ?? Blank(options.IdentityEndpoint);
        return new AuthenticationSettings(
            options.MicrosoftAppId?.Trim() ?? "",
            appType,
            tenantId,
            Blank(options.MicrosoftAppPassword),
            Blank(options.ToBotFromChannelTokenIssuer) ?? AuthenticationConstants.ChannelTokenIssuer,
            new Uri(Blank(options.ToBotFromChannelOpenIdMetadataUrl) ?? AuthenticationConstants.ChannelOpenIdMetadataUrl),
            new Uri(Blank(options.ToBotFromEmulatorOpenIdMetadataUrl) ?? AuthenticationConstants.EmulatorOpenIdMetadataUrl),
            new Uri(authority.TrimEnd('/') + "/oauth2/v2.0/token"),
            resource + DefaultScopeSuffix,
            resource,
            msiEndpoint is null ? null : new Uri(msiEndpoint),
            Blank(options.IdentityHeader));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
