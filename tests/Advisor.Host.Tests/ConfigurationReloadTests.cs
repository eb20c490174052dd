using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace Advisor.Host.Tests;

/// <summary>
/// Settings files are read once, at start (issue 16): watching them for changes put a recursive file
/// watcher on the content root, which the SQLite state file under data/ woke on every turn.
/// </summary>
public sealed class ConfigurationReloadTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("advisor-root-").FullName;

    [Fact]
    public async Task SettingsFiles_AreNotWatchedForChanges()
    {
        await File.WriteAllTextAsync(Path.Combine(_contentRoot, "appsettings.json"), "{}", TestContext.Current.CancellationToken);
        await using var app = AdvisorApp.Create(["--urls", "http://127.0.0.1:0", "--contentRoot", _contentRoot]);

        var jsonFiles = ((IConfigurationRoot)app.Configuration).Providers.OfType<JsonConfigurationProvider>().ToList();

        Assert.NotEmpty(jsonFiles);
        Assert.All(jsonFiles, p => Assert.False(p.Source.ReloadOnChange, p.Source.Path));
    }

    [Fact]
    public async Task AnOperatorCanStillAskForReloading()
    {
        await using var app = AdvisorApp.Create(["--urls", "http://127.0.0.1:0", "--contentRoot", _contentRoot, "--hostBuilder:reloadConfigOnChange=true"]);

        var jsonFiles = ((IConfigurationRoot)app.Configuration).Providers.OfType<JsonConfigurationProvider>().ToList();

        Assert.Contains(jsonFiles, p => p.Source.ReloadOnChange);
    }

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);
}
