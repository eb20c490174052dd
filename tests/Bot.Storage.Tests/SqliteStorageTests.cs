using System.Text.Json;
using Bot.Core.State;
using Bot.Storage.Sqlite;
using Bot.Testing;
using Microsoft.Data.Sqlite;

namespace Bot.Storage.Tests;

public sealed class SqliteStorageTests : ExpiringStorageContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-sqlite-" + Guid.NewGuid().ToString("N"));
    private readonly List<SqliteStorage> _stores = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabasePath => Path.Combine(_folder, "data", "bot-state.db");

    protected override IStorage CreateStorage() => Open();

    [Fact]
    public async Task Initialize_OnAFreshFolder_CreatesTheFolderAndAWalDatabase()
    {
        await Open().InitializeAsync(Ct);

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal("wal", Scalar("PRAGMA journal_mode;"));
        Assert.Equal(1, Convert.ToInt32(Scalar("PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Read_FromANewStoreOnTheSameFile_FindsWhatTheFirstWrote()
    {
        var first = Open();
        var etag = (await first.WriteAsync(Item("conversation", """{"step":2}"""), Ct))["conversation"];
        first.Dispose();

        var item = (await Open().ReadAsync(["conversation"], Ct))["conversation"];

        Assert.Equal("""{"step":2}""", item.Value.GetRawText());
        Assert.Equal(etag, item.ETag);
    }

    [Fact]
    public async Task Sweep_AfterExpiry_DeletesOnlyExpiredRows()
    {
        var storage = Open();
        await storage.WriteAsync(Item("old", "1", TimeSpan.FromDays(7)), Ct);
        await storage.WriteAsync(Item("kept", "2", TimeSpan.FromDays(90)), Ct);
        Clock.Advance(TimeSpan.FromDays(8));

        Assert.Equal(1, await storage.SweepAsync(100, Ct));
        Assert.Equal(1L, Scalar("SELECT count(*) FROM items;"));
    }

    [Fact]
    public async Task Initialize_WhenTheDataFolderCannotBeCreated_SaysWhichFolderToFix()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(file, "", Ct);
        var storage = new SqliteStorage(Path.Combine(file, "bot-state.db"), Clock);

        var error = await Assert.ThrowsAsync<SqliteStorageException>(() => storage.InitializeAsync(Ct));

        Assert.Contains("Storage:Sqlite:DataFolder", error.Message, StringComparison.Ordinal);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initialize_OnAFileFromANewerRelease_RefusesIt()
    {
        await Open().InitializeAsync(Ct);
        Scalar("PRAGMA user_version = 99;");

        var error = await Assert.ThrowsAsync<SqliteStorageException>(() => Open().InitializeAsync(Ct));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_WithAnETagThisStoreNeverIssued_ThrowsConflict()
    {
        var storage = Open();
        await storage.WriteAsync(Item("k", "1"), Ct);
        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json("2"), "not-an-etag") }, Ct));
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static Dictionary<string, StoreItem> Item(string key, string json, TimeSpan? ttl = null) =>
        new() { [key] = new(Json(json), null) { TimeToLive = ttl } };

    private SqliteStorage Open()
    {
        var store = new SqliteStorage(DatabasePath, Clock);
        _stores.Add(store);
        return store;
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
