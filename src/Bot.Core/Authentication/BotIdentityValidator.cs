using Bot.Core.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Core.Authentication;

/// <summary>
/// Start-up check of the bot's identity settings (protocol doc §7): a bot with an app id must be
/// able to both validate channel tokens and obtain its own, or it refuses to start and says why.
/// </summary>
internal sealed class BotIdentityValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.AuthenticationEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        switch (BotAppTypes.Parse(options.MicrosoftAppType))
        {
            case BotAppType.SingleTenant when !hasTenant || !hasPassword:
                failures.Add("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId and MicrosoftAppPassword.");
                break;
            case BotAppType.UserAssignedMsi when !hasTenant:
                failures.Add("MicrosoftAppType UserAssignedMSI needs MicrosoftAppTenantId.");
                break;
            case BotAppType.UserAssignedMsi when hasPassword:
                failures.Add("MicrosoftAppType UserAssignedMSI must not have a MicrosoftAppPassword: the managed identity is the credential.");
                break;
            case BotAppType.MultiTenant when !hasPassword:
                failures.Add("A MultiTenant bot needs MicrosoftAppPassword to obtain tokens for its replies.");
                break;
        }

        if (BotAppTypes.Parse(options.MicrosoftAppType) == BotAppType.UserAssignedMsi
            && string.IsNullOrWhiteSpace(options.ManagedIdentityEndpoint) && string.IsNullOrWhiteSpace(options.IdentityEndpoint))
        {
            failures.Add("MicrosoftAppType UserAssignedMSI needs a managed identity endpoint: IDENTITY_ENDPOINT (set by App Service) or ManagedIdentityEndpoint.");
        }

        foreach (var (setting, value) in UrlSettings(options))
        {
            if (!string.IsNullOrWhiteSpace(value) && !IsHttpUrl(value))
            {
                failures.Add($"{setting} must be an absolute http(s) URL.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<(string Setting, string? Value)> UrlSettings(BotFrameworkOptions o) =>
    [
        (nameof(o.ToBotFromChannelOpenIdMetadataUrl), o.ToBotFromChannelOpenIdMetadataUrl),
        (nameof(o.ToBotFromEmulatorOpenIdMetadataUrl), o.ToBotFromEmulatorOpenIdMetadataUrl),
        (nameof(o.ToChannelFromBotLoginUrl), o.ToChannelFromBotLoginUrl),
        (nameof(o.ManagedIdentityEndpoint), o.ManagedIdentityEndpoint),
        ("IDENTITY_ENDPOINT", o.IdentityEndpoint),
    ];

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
