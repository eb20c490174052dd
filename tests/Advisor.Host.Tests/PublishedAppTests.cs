using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using TestSupport;

namespace Advisor.Host.Tests;

/// <summary>
/// The container's entry point without a container (issue 15): the same <c>dotnet publish</c> output the
/// Dockerfile copies, started as <c>dotnet Advisor.Host.dll</c> from its folder with the image's
/// environment (URLs, data folder), answers the page, /api/messages and health, and writes nothing
/// into its own folder (the image's app folder is read-only to its user).
/// </summary>
public sealed class PublishedAppTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("published-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task PublishedApp_RunLikeTheImage_ServesThePageTheBotAndHealth()
    {
        var app = Path.Combine(_temp, "app");
        var data = Path.Combine(_temp, "data");
        var (publishExit, publishOutput) = await ToolRunner.RunAsync(
            "dotnet",
            ["publish", "src/Advisor.Host/Advisor.Host.csproj", "--configuration", "Release", "--output", app, "/p:UseAppHost=false", "--nologo"],
            TimeSpan.FromMinutes(8));
        Assert.True(publishExit == 0, publishOutput);
        var filesBefore = Snapshot(app);
        var port = FreeLoopbackPort();

        using var process = StartLikeTheImage(app, data, port);
        try
        {
            await WaitUntilListeningAsync(process);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

            var page = await client.GetStringAsync("/", Ct);
            var bundle = await client.GetAsync("/lib/webchat.js", Ct);
            var live = await client.GetAsync("/healthz/live", Ct);
            var ready = await client.GetAsync("/healthz/ready", Ct);
            var replies = await SayHelloAsync(client);

            Assert.Contains("<title>Framework Advisor", page, StringComparison.Ordinal);
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (bundle.StatusCode, live.StatusCode, ready.StatusCode));
            Assert.NotEmpty(replies);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        Assert.Equal(filesBefore, Snapshot(app));
    }

    private static Process StartLikeTheImage(string app, string data, int port)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("Advisor.Host.dll");
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}"; // the image says http://+:8080
        start.Environment["Storage__Provider"] = "Sqlite";
        start.Environment["Storage__Sqlite__DataFolder"] = data;
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        return Process.Start(start)!;
    }

    /// <summary>Awaits the host's own "Now listening on" line (bounded), rather than polling the port.</summary>
    private static async Task WaitUntilListeningAsync(Process process)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        var seen = new StringBuilder();
        _ = process.StandardError.ReadToEndAsync(deadline.Token);
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            seen.AppendLine(line);
            if (line.Contains("Now listening on", StringComparison.Ordinal))
            {
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return;
            }
        }

        Assert.Fail($"The app stopped before listening:\n{seen}");
    }

    private static async Task<JsonArray> SayHelloAsync(HttpClient client)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "m1",
            ["channelId"] = "emulator",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1" },
            ["conversation"] = new JsonObject { ["id"] = "published-app" },
            ["text"] = "hello",
        };
        using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["activities"]!.AsArray();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static List<string> Snapshot(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(folder, p)).Order(StringComparer.Ordinal)];
}
