using Bot.Core.State;
using Bot.Core.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Storage.Redis;

public static class RedisStorageServiceCollectionExtensions
{
    /// <summary>
    /// Makes Redis the <see cref="IStorage"/> (settings from <c>Storage:Redis</c>, checked at start-up) and
    /// adds the turn lease that keeps one conversation's turns in order across instances.
    /// </summary>
    public static IServiceCollection AddRedisStorage(this IServiceCollection services)
    {
        services.AddOptions<RedisStorageOptions>().BindConfiguration(RedisStorageOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Storage:Redis:ConnectionString is required when Storage:Provider is Redis.")
            .Validate(o => o.LeaseDuration >= TimeSpan.FromSeconds(1), "Storage:Redis:LeaseDuration must be at least one second.")
            .Validate(o => o.LeaseWait > TimeSpan.Zero, "Storage:Redis:LeaseWait must be positive.")
            .ValidateOnStart();
        services.AddSingleton(sp => new RedisConnection(sp.GetRequiredService<IOptions<RedisStorageOptions>>().Value.ConnectionString));
        services.AddSingleton<IStorage>(sp => new RedisStorage(sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<IOptions<RedisStorageOptions>>().Value.KeyPrefix));
        services.AddSingleton<IMiddleware, RedisTurnLease>();
        services.AddHostedService<RedisStartupCheck>();
        return services;
    }
}
