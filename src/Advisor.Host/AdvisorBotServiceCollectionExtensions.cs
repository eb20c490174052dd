using Advisor.Dialogs;

namespace Advisor.Host;

/// <summary>Wires the advisor's bot into the host.</summary>
internal static class AdvisorBotServiceCollectionExtensions
{
    public static IServiceCollection AddAdvisorBot(this IServiceCollection services) => services.AddAdvisorConversation();
}
