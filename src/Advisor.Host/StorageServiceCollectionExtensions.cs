using Bot.Core.State;
using Bot.Storage.Redis;
using Bot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Advisor.Host;

/// <summary>Where conversation and user state live (issue 14): <c>Storage:Provider</c> picks the store.</summary>
internal static class StorageServiceCollectionExtensions
{
    public const string Sqlite = "Sqlite";
    public const string Redis = "Redis";
    public const string Memory = "Memory";

    /// <summary>
    /// Registers the configured store and the state expiry. A store registered before this call (a test's
    /// swap) wins, as everywhere in the Bot Framework layer. A bad setting stops start-up with the reason.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StateExpiryOptions>().BindConfiguration(StateExpiryOptions.SectionName)
            .Validate(o => o.ConversationIdle > TimeSpan.Zero && o.UserIdle > TimeSpan.Zero, "Storage:ConversationIdle and Storage:UserIdle must be positive.")
            .ValidateOnStart();
        services.AddOptions<StorageProviderOptions>().BindConfiguration(StateExpiryOptions.SectionName)
            .Validate(o => Known(o.Provider), "Storage:Provider must be Sqlite (the default), Redis or Memory.")
            .ValidateOnStart();
        if (services.Any(d => d.ServiceType == typeof(IStorage)))
        {
            return services;
        }

        var provider = configuration[$"{StateExpiryOptions.SectionName}:{nameof(StorageProviderOptions.Provider)}"];
        return provider switch
        {
            _ when Is(provider, Redis) => services.AddRedisStorage(),
            _ when Is(provider, Memory) => services.AddSingleton<IStorage, MemoryStorage>(),
            _ when Is(provider ?? Sqlite, Sqlite) => services.AddSqliteStorage(),
            _ => services,
        };
    }

    private static bool Known(string provider) => Is(provider, Sqlite) || Is(provider, Redis) || Is(provider, Memory);

    private static bool Is(string? provider, string name) => string.Equals(provider, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The store's name (configuration <c>Storage:Provider</c>).</summary>
    internal sealed class StorageProviderOptions
    {
        public string Provider { get; set; } = Sqlite;
    }
}
