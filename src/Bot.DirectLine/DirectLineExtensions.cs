using Bot.Core.Authentication;
using Bot.Core.Connector;
using Bot.DirectLine.Conversations;
using Bot.DirectLine.Endpoints;
using Bot.DirectLine.Tokens;
using Bot.DirectLine.WebChat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine;

/// <summary>The Direct Line feature: <see cref="AddDirectLine"/> registers it, <see cref="MapDirectLine"/> serves it.</summary>
public static class DirectLineExtensions
{
    /// <summary>
    /// Registers the built-in Direct Line endpoint. Call after <c>AddBotFramework()</c>: it wraps the
    /// registered connector so replies to Direct Line conversations stay in process, and the registered
    /// channel authenticator so /api/messages cannot reach those conversations (<see cref="DirectLineChannelGuard"/>).
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var connector = services.LastOrDefault(d => d.ServiceType == typeof(IConnectorClient))
            ?? throw new InvalidOperationException("Call AddBotFramework() before AddDirectLine(): Direct Line wraps its connector client.");
        var authenticator = services.LastOrDefault(d => d.ServiceType == typeof(IChannelAuthenticator))
            ?? throw new InvalidOperationException("Call AddBotFramework() before AddDirectLine(): Direct Line wraps its channel authenticator.");

        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName)
            .Validate(o => o.TokenLifetime > TimeSpan.Zero && o.MaxActivitiesPerConversation > 0 && o.MaxConversations > 0 && o.MaxConversationsPerClient > 0
                    && o.MaxHistoryBytes > 0 && o.MaxActivityBytes > 0 && o.IdleTimeout > TimeSpan.Zero && o.TokensPerMinutePerClient >= 0,
                "DirectLine:TokenLifetime, MaxActivitiesPerConversation, MaxConversations, MaxConversationsPerClient, MaxHistoryBytes, MaxActivityBytes and IdleTimeout must be positive; TokensPerMinutePerClient must not be negative.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenService>();
        services.TryAddSingleton<ConversationStore>();
        services.TryAddSingleton<DirectLineTurns>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, TokenRateLimitPolicy>(TokenRateLimitPolicy.Name));
        services.AddHttpClient(AzureTokenSource.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton<BuiltInTokenSource>();
        services.TryAddSingleton<AzureTokenSource>();
        services.TryAddSingleton<IWebChatTokenSource>(sp => sp.GetRequiredService<IOptions<DirectLineOptions>>().Value.UsesAzure
            ? sp.GetRequiredService<AzureTokenSource>()
            : sp.GetRequiredService<BuiltInTokenSource>());

        services.Remove(connector);
        services.Add(ServiceDescriptor.Describe(
            typeof(IConnectorClient),
            sp => new DirectLineConnectorClient(CreateInner<IConnectorClient>(sp, connector), sp.GetRequiredService<ConversationStore>()),
            connector.Lifetime));
        services.Remove(authenticator);
        services.Add(ServiceDescriptor.Describe(
            typeof(IChannelAuthenticator),
            sp => new DirectLineChannelGuard(CreateInner<IChannelAuthenticator>(sp, authenticator)),
            authenticator.Lifetime));
        return services;
    }

    /// <summary>Maps <c>/v3/directline/*</c> (with WebSockets for the stream) and <c>POST /api/webchat/token</c>.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.UseRateLimiter();
        var directLine = app.MapGroup("/v3/directline").DisableAntiforgery();
        directLine.MapPost("/tokens/generate", TokenEndpoints.Generate).RequireRateLimiting(TokenRateLimitPolicy.Name);
        directLine.MapPost("/tokens/refresh", TokenEndpoints.Refresh).RequireRateLimiting(TokenRateLimitPolicy.Name);
        directLine.MapPost("/conversations", ConversationEndpoints.StartAsync);
        directLine.MapGet("/conversations/{conversationId}", ConversationEndpoints.Reconnect);
        directLine.MapGet("/conversations/{conversationId}/activities", ConversationEndpoints.GetActivities);
        directLine.MapPost("/conversations/{conversationId}/activities", ConversationEndpoints.PostActivityAsync);
        directLine.Map("/conversations/{conversationId}/stream", StreamEndpoint.ConnectAsync);
        app.MapPost("/api/webchat/token", WebChatTokenEndpoint.HandleAsync).DisableAntiforgery().RequireRateLimiting(TokenRateLimitPolicy.Name);
        return app;
    }

    private static T CreateInner<T>(IServiceProvider services, ServiceDescriptor descriptor)
        where T : class => descriptor switch
    {
        { ImplementationInstance: T instance } => instance,
        { ImplementationFactory: { } factory } => (T)factory(services),
        { ImplementationType: { } type } => (T)ActivatorUtilities.CreateInstance(services, type),
        _ => throw new InvalidOperationException($"The registered {typeof(T).Name} cannot be wrapped."),
    };
}
