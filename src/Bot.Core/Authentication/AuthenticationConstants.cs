namespace Bot.Core.Authentication;

/// <summary>Public-cloud Bot Framework authentication constants (protocol doc §3.1).</summary>
internal static class AuthenticationConstants
{
    public const string ChannelTokenIssuer = "https://api.botframework.com";

    public const string ChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string EmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    public const string LoginAuthorityHost = "https://login.microsoftonline.com";

    /// <summary>The tenant of multi-tenant bots' outbound tokens.</summary>
    public const string MultiTenantAuthorityTenant = "botframework.com";

    public const string ChannelOAuthScope = "https://api.botframework.com";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static readonly string[] AllowedAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>The Emulator's token tenants: v3.1 (d6d49420…) and v3.2 (f8cdef31…), from the SDK's constants.</summary>
    private static readonly string[] EmulatorTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    /// <summary>Emulator issuers (v1 and v2 tokens), plus the single-tenant forms for the bot's own tenant.</summary>
    public static IReadOnlyList<string> EmulatorIssuers(string? tenantId)
    {
        var tenants = string.IsNullOrWhiteSpace(tenantId) ? EmulatorTenants : [.. EmulatorTenants, tenantId];
        return [.. tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" })];
    }
}
