using System.Net;
using System.Text.Json.Nodes;

namespace Advisor.Host.Tests;

/// <summary>
/// Issue 16: the host runs with dynamic code off (<c>DynamicCodeSupport=false</c> in its csproj), which
/// saves the ~14 MiB that compiling Recognizers.Text's number-words regexes left behind. Tests hosted
/// in-process run under the test runner's settings, not the host's, so this one starts the built host
/// as its own process: it must still read number words and a date, through the interpreted regexes. It is
/// a smoke test of one path (SQLite, expectReplies); RestartTests run the real process on Redis too.
/// </summary>
public sealed class DynamicCodeOffTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("advisor-dynamic-off-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void TheBuiltHost_RunsWithDynamicCodeOff()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Advisor.Host.runtimeconfig.json")))!;

        Assert.False((bool?)config["runtimeOptions"]?["configProperties"]?["System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported"] ?? true);
    }

    [Fact]
    public async Task TheBuiltHost_ReadsNumberWordsAndDates()
    {
        await using var host = await HostProcess.StartAsync(_contentRoot, new Dictionary<string, string>(), Ct);

        using var response = await host.Client.PostAsync(
            "/api/messages",
            EmulatorMessage.ExpectReplies("dynamic-off", "user-1", "Django or Flask for an online shop? We're five developers, launch in three months."),
            Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = string.Join('\n', (await EmulatorMessage.RepliesAsync(response, Ct)).Select(a => (string?)a!["text"]));
        Assert.Contains("“five developers” → a medium-sized project", replies, StringComparison.Ordinal);
        Assert.Contains("“in three months” → one to six months", replies, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);
}
