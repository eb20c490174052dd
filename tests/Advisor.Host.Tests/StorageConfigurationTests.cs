using Bot.Core.State;
using Bot.Storage.Redis;
using Bot.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Tests;

/// <summary><c>Storage:Provider</c> and each store's settings (issue 14): a bad one stops start-up and says why.</summary>
public sealed class StorageConfigurationTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("advisor-root-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoProviderSet_StoresInSqliteUnderTheContentRootsDataFolder()
    {
        await using var app = AdvisorApp.Create(["--urls", "http://127.0.0.1:0", "--contentRoot", _contentRoot]);
        await app.StartAsync(Ct);

        var storage = Assert.IsType<SqliteStorage>(app.Services.GetRequiredService<IStorage>());

        Assert.Equal(Path.Combine(_contentRoot, "data", "bot-state.db"), storage.DatabasePath);
        Assert.True(File.Exists(storage.DatabasePath));
        await app.StopAsync(Ct);
    }

    [Fact]
    public async Task MemoryProvider_KeepsStateInMemory()
    {
        await using var host = await BotHost.StartAsync(Ct, null, "--Storage:Provider=Memory");

        Assert.IsType<MemoryStorage>(host.Services.GetRequiredService<IStorage>());
    }

    [Fact]
    public async Task UnknownProvider_RefusesToStartAndNamesTheChoices()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(Ct, null, "--Storage:Provider=Cosmos"));

        Assert.Contains("Storage:Provider must be Sqlite (the default), Redis or Memory", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqliteDataFolderThatCannotBeCreated_RefusesToStartAndNamesTheFolder()
    {
        var file = Path.Combine(_contentRoot, "a-file");
        await File.WriteAllTextAsync(file, "", Ct);

        var failure = await Assert.ThrowsAsync<SqliteStorageException>(() => BotHost.StartAsync(Ct, null, "--Storage:Provider=Sqlite", $"--Storage:Sqlite:DataFolder={file}"));

        Assert.Contains(file, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedisWithoutConnectionString_RefusesToStartAndSaysWhatIsMissing()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(Ct, null, "--Storage:Provider=Redis"));

        Assert.Contains("Storage:Redis:ConnectionString is required", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableRedis_RefusesToStartAndNamesTheServer()
    {
        var failure = await Assert.ThrowsAsync<RedisStorageException>(() => BotHost.StartAsync(Ct, null, "--Storage:Provider=Redis", "--Storage:Redis:ConnectionString=127.0.0.1:1,connectTimeout=500"));

        Assert.Contains("127.0.0.1:1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdleTimes_AreBoundFromConfiguration()
    {
        await using var host = await BotHost.StartAsync(Ct, null, "--Storage:ConversationIdle=1.00:00:00", "--Storage:UserIdle=30.00:00:00");

        var expiry = host.Services.GetRequiredService<IOptions<StateExpiryOptions>>().Value;

        Assert.Equal((TimeSpan.FromDays(1), TimeSpan.FromDays(30)), (expiry.ConversationIdle, expiry.UserIdle));
    }

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);
}
