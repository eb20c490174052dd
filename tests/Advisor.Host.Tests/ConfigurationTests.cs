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
    public async Task AppIdWithoutTokenValidation_RefusesToStartAndSaysWhy()
    {
        // Placeholder behaviour until JWT validation lands (issue #7): never run with an app id but no token checks.
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(TestContext.Current.CancellationToken, null, "--MicrosoftAppId=00000000-0000-0000-0000-000000000001"));

        Assert.Contains("cannot validate channel tokens", failure.Message, StringComparison.Ordinal);
    }
}
