using Bot.Core.Authentication;
using Bot.Core.Connector;
using Bot.Core.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Hosting;

/// <summary>Registers the Bot Framework layer. Every registration is TryAdd, so a host or test can swap any piece first.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    public static IServiceCollection AddBotFramework(this IServiceCollection services)
    {
        services.AddOptions<BotFrameworkOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options))
            .Validate(o => !o.AuthenticationEnabled || HasChannelAuthenticator(services),
                "MicrosoftAppId is set, but this build cannot validate channel tokens yet (JWT validation is issue #7). Leave MicrosoftAppId empty to run locally.")
            .ValidateOnStart();
        services.AddOptions<BotEndpointOptions>().BindConfiguration(BotEndpointOptions.SectionName)
            .Validate(o => o.MaxRequestBodyBytes > 0, "Bot:MaxRequestBodyBytes must be positive.");

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStorage, MemoryStorage>();
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<UserState>();
        services.TryAddSingleton<ConversationGate>();
        services.TryAddSingleton<ITurnErrorHandler, ResetConversationErrorHandler>();
        services.AddHttpClient(HttpConnectorClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.TryAddSingleton<IConnectorClient, HttpConnectorClient>();
        services.TryAddSingleton<IChannelAuthenticator, AnonymousChannelAuthenticator>();
        services.TryAddSingleton<IAccessTokenProvider, NoAccessTokenProvider>();
        services.TryAddSingleton<CloudAdapter>();
        services.AddHostedService<AuthenticationModeReporter>();
        return services;
    }

    // Placeholder until issue #7: only the anonymous authenticator exists, which cannot validate tokens.
    private static bool HasChannelAuthenticator(IServiceCollection services) =>
        services.Any(d => d.ServiceType == typeof(IChannelAuthenticator) && d.ImplementationType != typeof(AnonymousChannelAuthenticator));

    /// <summary>Says at start-up when authentication is off, so nobody deploys that by accident.</summary>
    private sealed class AuthenticationModeReporter(IOptions<BotFrameworkOptions> options, ILogger<AuthenticationModeReporter> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (!options.Value.AuthenticationEnabled)
            {
                Log.AuthenticationDisabled(logger);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
