using Bot.Core.Hosting;
using Bot.Core.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Tests;

/// <summary>The host runs every turn through the typing middleware, with its delay and period from configuration.</summary>
public sealed class TypingWiringTests
{
    [Fact]
    public async Task Host_RegistersTypingMiddleware_WithConfiguredTimes()
    {
        await using var host = await BotHost.StartAsync(TestContext.Current.CancellationToken, null, "--Bot:Typing:Delay=00:00:01", "--Bot:Typing:Period=00:00:03");

        var options = host.Services.GetRequiredService<IOptions<TypingOptions>>().Value;

        Assert.Equal((TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)), (options.Delay, options.Period));
        Assert.Contains(host.Services.GetServices<IMiddleware>(), m => m.GetType().Name == "TypingMiddleware");
    }

    [Fact]
    public void Defaults_HalfASecondThenEveryTwoSeconds()
    {
        var options = new TypingOptions();

        Assert.Equal((TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2)), (options.Delay, options.Period));
    }
}
