using Bot.Core.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Advisor.Host;

/// <summary>Wires the advisor's bot into the host.</summary>
internal static class AdvisorBotServiceCollectionExtensions
{
    public static IServiceCollection AddAdvisorBot(this IServiceCollection services)
    {
        services.TryAddSingleton<IBot, GreetingBot>();
        return services;
    }
}
