using Advisor.Dialogs.Resume;
using Advisor.Dialogs.State;
using Bot.Core.Turns;
using Bot.Dialogs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Advisor.Dialogs;

/// <summary>Registers the advisor conversation as the host's bot.</summary>
public static class AdvisorServiceCollectionExtensions
{
    public static IServiceCollection AddAdvisorConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDialogs();
        services.TryAddSingleton<AdvisorStateStore>();
        services.TryAddSingleton<AdvisorDialog>();
        services.TryAddSingleton<ResumeOffer>();
        services.TryAddSingleton<IBot, AdvisorBot>();
        return services;
    }
}
