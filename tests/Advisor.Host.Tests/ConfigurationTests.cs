using Bot.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task ConventionalSettingNames_AreBoundFromConfiguration()
    {
        await using var host = await BotHost.StartAsync(TestContext.Current.CancellationToken, null, "--MicrosoftAppType=SingleTenant", "--MicrosoftAppTenantId=tenant-1", "--Bot:MaxRequestBodyBytes=1000");

        var options = host.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.Equal(("SingleTenant", "tenant-1", false), (options.MicrosoftAppType, options.MicrosoftAppTenantId, options.AuthenticationEnabled));
        Assert.Equal(1000, host.Services.GetRequiredService<IOptions<BotEndpointOptions>>().Value.MaxRequestBodyBytes);
    }

    [Fact]
    public async Task AppIdWithoutItsCredential_RefusesToStartAndSaysWhy()
    {
        // An app id turns channel authentication on (issue #7); without a password the bot could not answer, so it must not start.
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(TestContext.Current.CancellationToken, null, "--MicrosoftAppId=00000000-0000-0000-0000-000000000001"));

        Assert.Contains("MicrosoftAppPassword", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant", "", "secret", "MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", "tenant-1", "secret", "must not have a MicrosoftAppPassword")]
    public async Task IncompleteIdentity_RefusesToStartAndSaysWhy(string appType, string tenant, string password, string expected)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(TestContext.Current.CancellationToken, null,
            "--MicrosoftAppId=00000000-0000-0000-0000-000000000001", $"--MicrosoftAppType={appType}", $"--MicrosoftAppTenantId={tenant}", $"--MicrosoftAppPassword={password}", "--IDENTITY_ENDPOINT=http://127.0.0.1:9/msi"));

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }
}
