using Bot.Core.Authentication;
using Bot.Core.Connector;
using Bot.Core.State;
using Bot.Core.Turns;
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
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotIdentityValidator>());
        services.AddOptions<BotEndpointOptions>().BindConfiguration(BotEndpointOptions.SectionName)
            .Validate(o => o.MaxRequestBodyBytes > 0, "Bot:MaxRequestBodyBytes must be positive.")
            .Validate(o => o.AllowedServiceUrls.All(url => Uri.TryCreate(url, UriKind.Absolute, out _)), "Bot:AllowedServiceUrls must hold absolute URLs.");

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStorage, MemoryStorage>();
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<UserState>();
        services.TryAddSingleton<ConversationGate>();
        services.TryAddSingleton<ITurnErrorHandler, ResetConversationErrorHandler>();
        services.AddOptions<TypingOptions>().BindConfiguration(TypingOptions.SectionName)
            .Validate(o => o.Delay >= TimeSpan.Zero && o.Period > TimeSpan.Zero, "Bot:Typing:Delay must not be negative and Bot:Typing:Period must be positive.");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, TypingMiddleware>());
        services.AddConnectorHttpClient();
        services.TryAddSingleton<IConnectorClient, HttpConnectorClient>();
        services.AddBotAuthentication();
        services.TryAddSingleton<CloudAdapter>();
        services.AddHostedService<AuthenticationModeReporter>();
        return services;
    }

    /// <summary>
    /// No app id: anonymous inbound, no outbound header (protocol doc §3.2 step 1, §3.4). With an app id:
    /// JWT validation inbound, and tokens for trusted service URLs from the credential the app type selects.
    /// </summary>
    private static void AddBotAuthentication(this IServiceCollection services)
    {
        services.AddHttpClient(AuthenticationHttp.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton(_ => new TrustedServiceUrls());
        services.TryAddSingleton(sp => AuthenticationSettings.From(sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value));
        services.TryAddSingleton<IChannelAuthenticator>(sp => AuthenticationEnabled(sp)
            ? ActivatorUtilities.CreateInstance<JwtChannelAuthenticator>(sp)
            : new AnonymousChannelAuthenticator(sp.GetRequiredService<IOptions<BotEndpointOptions>>().Value.AllowedServiceUrls));
        services.TryAddSingleton<IBotTokenClient>(sp =>
        {
            var settings = sp.GetRequiredService<AuthenticationSettings>();
            var logger = sp.GetRequiredService<ILogger<BotAccessTokenProvider>>();
            return settings.AppType == BotAppType.UserAssignedMsi
                ? ActivatorUtilities.CreateInstance<ManagedIdentityTokenClient>(sp, settings, logger)
                : ActivatorUtilities.CreateInstance<ClientCredentialsTokenClient>(sp, settings, logger);
        });
        services.TryAddSingleton<IAccessTokenProvider>(sp => AuthenticationEnabled(sp)
            ? ActivatorUtilities.CreateInstance<BotAccessTokenProvider>(sp)
            : new NoAccessTokenProvider());
    }

    private static bool AuthenticationEnabled(IServiceProvider services) =>
        services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.AuthenticationEnabled;

    /// <summary>Says at start-up whether authentication is on, so nobody deploys without it by accident.</summary>
    private sealed class AuthenticationModeReporter(IOptions<BotFrameworkOptions> options, ILogger<AuthenticationModeReporter> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var value = options.Value;
            if (!value.AuthenticationEnabled)
            {
                Log.AuthenticationDisabled(logger);
                return Task.CompletedTask;
            }

            if (!BotAppTypes.IsKnown(value.MicrosoftAppType))
            {
                Log.UnknownAppType(logger, value.MicrosoftAppType!);
            }

            Log.AuthenticationEnabled(logger, value.MicrosoftAppId!.Trim(), BotAppTypes.Parse(value.MicrosoftAppType).ToString());
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
