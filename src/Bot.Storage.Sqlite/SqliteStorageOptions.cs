namespace Bot.Storage.Sqlite;

/// <summary>Settings of the SQLite store (configuration section <c>Storage:Sqlite</c>).</summary>
public sealed class SqliteStorageOptions
{
    public const string SectionName = "Storage:Sqlite";

    /// <summary>Folder of the database file, created on first start; a relative path is under the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The database file's name inside <see cref="DataFolder"/>.</summary>
    public string FileName { get; set; } = "bot-state.db";

    /// <summary>How often expired rows are deleted in the background.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);
}
