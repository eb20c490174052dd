using Bot.Core.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Storage.Sqlite;

public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>
    /// Makes SQLite the <see cref="IStorage"/>: settings from <c>Storage:Sqlite</c>, a relative data folder
    /// under the content root, the file opened at start-up and swept of expired rows in the background.
    /// </summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services)
    {
        services.AddOptions<SqliteStorageOptions>().BindConfiguration(SqliteStorageOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataFolder), "Storage:Sqlite:DataFolder must name a folder.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.FileName) && o.FileName.IndexOfAny(Path.GetInvalidFileNameChars()) < 0, "Storage:Sqlite:FileName must be a plain file name.")
            .Validate(o => o.SweepInterval > TimeSpan.Zero, "Storage:Sqlite:SweepInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value;
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var path = Path.Combine(Path.GetFullPath(options.DataFolder, root), options.FileName);
            return new SqliteStorage(path, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<SqliteStorage>());
        services.AddHostedService<SqliteExpirySweeper>();
        return services;
    }
}
