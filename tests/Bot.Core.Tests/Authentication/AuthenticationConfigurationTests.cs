using Bot.Core.Authentication;
using Bot.Core.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Authentication;

/// <summary>Identity settings (protocol doc §3.3, §7): start-up validation, defaults, and which implementations DI picks.</summary>
public sealed class AuthenticationConfigurationTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";

    private static ServiceProvider CreateServices(IServiceCollection? services = null, params (string Key, string Value)[] settings) =>
        (services ?? new ServiceCollection())
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build())
            .AddBotFramework()
            .BuildServiceProvider();

    private static ValidateOptionsResult Validate(params (string Key, string Value)[] settings)
    {
        var options = new BotFrameworkOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build().Bind(options);
        return new BotIdentityValidator().Validate(null, options);
    }

    [Theory]
    [InlineData("", "", "", false)]
    [InlineData("MultiTenant", "", "secret", true)]
    [InlineData("", "", "secret", true)]
    [InlineData("nonsense", "", "secret", true)]
    [InlineData("MultiTenant", "", "", false)]
    [InlineData("SingleTenant", "tenant-1", "secret", true)]
    [InlineData("singletenant", "tenant-1", "secret", true)]
    [InlineData("SingleTenant", "", "secret", false)]
    [InlineData("SingleTenant", "tenant-1", "", false)]
    [InlineData("UserAssignedMSI", "tenant-1", "", true)]
    [InlineData("UserAssignedMSI", "", "", false)]
    [InlineData("UserAssignedMSI", "tenant-1", "secret", false)]
    public void Validate_AppTypeNeedsItsSettings(string appType, string tenant, string password, bool valid)
    {
        var result = Validate(("MicrosoftAppId", AppId), ("MicrosoftAppType", appType), ("MicrosoftAppTenantId", tenant), ("MicrosoftAppPassword", password), ("IDENTITY_ENDPOINT", "http://localhost:4141/msi"));

        Assert.True(valid == result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_NoAppId_NeedsNothingElse()
    {
        Assert.True(Validate(("MicrosoftAppType", "SingleTenant")).Succeeded);
    }

    [Fact]
    public void Validate_UserAssignedMsiWithoutAnIdentityEndpoint_SaysWhere()
    {
        var result = Validate(("MicrosoftAppId", AppId), ("MicrosoftAppType", "UserAssignedMSI"), ("MicrosoftAppTenantId", "t"));

        Assert.Contains("IDENTITY_ENDPOINT", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl")]
    [InlineData("ToBotFromEmulatorOpenIdMetadataUrl")]
    [InlineData("ToChannelFromBotLoginUrl")]
    [InlineData("ManagedIdentityEndpoint")]
    public void Validate_OverrideUrlMustBeAbsoluteHttp(string setting)
    {
        var result = Validate(("MicrosoftAppId", AppId), ("MicrosoftAppPassword", "secret"), (setting, "file:///etc/passwd"));

        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("MultiTenant", "tenant-1", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("SingleTenant", "tenant-1", "https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token")]
    public void Settings_OutboundAuthorityFollowsTheAppType(string appType, string tenant, string expected)
    {
        var settings = AuthenticationSettings.From(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppType = appType, MicrosoftAppTenantId = tenant });

        Assert.Equal(expected, settings.TokenEndpoint.ToString());
    }

    [Fact]
    public void Settings_DefaultToThePublicCloud()
    {
        var settings = AuthenticationSettings.From(new BotFrameworkOptions { MicrosoftAppId = AppId });

        Assert.Equal(
            ("https://api.botframework.com", "https://login.botframework.com/v1/.well-known/openidconfiguration", "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", "https://api.botframework.com/.default", "https://api.botframework.com"),
            (settings.ChannelIssuer, settings.ChannelOpenIdMetadataUrl.ToString(), settings.EmulatorOpenIdMetadataUrl.ToString(), settings.Scope, settings.Resource));
    }

    [Theory]
    [InlineData("https://api.botframework.us", "https://api.botframework.us/.default")]
    [InlineData("https://api.botframework.us/.default", "https://api.botframework.us/.default")]
    public void Settings_ScopeOverrideGetsDotDefaultOnce(string setting, string expected)
    {
        Assert.Equal(expected, AuthenticationSettings.From(new BotFrameworkOptions { MicrosoftAppId = AppId, ToChannelFromBotOAuthScope = setting }).Scope);
    }

    [Fact]
    public void NoAppId_AnonymousInboundAndNoOutboundToken()
    {
        using var services = CreateServices();

        Assert.IsType<AnonymousChannelAuthenticator>(services.GetRequiredService<IChannelAuthenticator>());
        Assert.IsType<NoAccessTokenProvider>(services.GetRequiredService<IAccessTokenProvider>());
    }

    [Theory]
    [InlineData("MultiTenant", typeof(ClientCredentialsTokenClient))]
    [InlineData("SingleTenant", typeof(ClientCredentialsTokenClient))]
    [InlineData("UserAssignedMSI", typeof(ManagedIdentityTokenClient))]
    public void AppId_JwtValidationAndTheCredentialOfTheAppType(string appType, Type tokenClient)
    {
        var password = appType == "UserAssignedMSI" ? "" : "secret";
        using var services = CreateServices(null, ("MicrosoftAppId", AppId), ("MicrosoftAppType", appType), ("MicrosoftAppTenantId", "t"), ("MicrosoftAppPassword", password), ("IDENTITY_ENDPOINT", "http://localhost:4141/msi"));

        Assert.IsType<JwtChannelAuthenticator>(services.GetRequiredService<IChannelAuthenticator>());
        Assert.IsType<BotAccessTokenProvider>(services.GetRequiredService<IAccessTokenProvider>());
        Assert.IsType(tokenClient, services.GetRequiredService<IBotTokenClient>());
    }

    [Fact]
    public void HostRegistration_WinsOverTheDefault()
    {
        var own = new AnonymousChannelAuthenticator();
        using var services = CreateServices(new ServiceCollection().AddSingleton<IChannelAuthenticator>(own), ("MicrosoftAppId", AppId));

        Assert.Same(own, services.GetRequiredService<IChannelAuthenticator>());
    }
}
