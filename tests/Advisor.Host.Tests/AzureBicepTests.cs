using System.Reflection;
using System.Text.Json.Nodes;
using TestSupport;

namespace Advisor.Host.Tests;

/// <summary>
/// deploy/azure (issue 15): the Bicep CLI (restored from NuGet by this project, offline) builds and lints
/// main.bicep with no error and no warning, and the template has what App Service, Teams and Web Chat need.
/// </summary>
public sealed class AzureBicepTests : IDisposable
{
    private static readonly string Bicep = Path.Combine(RepositoryRoot.Path, "deploy", "azure", "main.bicep");
    private readonly string _temp = Directory.CreateTempSubdirectory("bicep-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Build_HasNoErrorsOrWarnings()
    {
        var (exitCode, output) = await RunBicepAsync("build", Bicep, "--outfile", Path.Combine(_temp, "main.json"));

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("Warning", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Error", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_HasNoErrorsOrWarnings()
    {
        var (exitCode, output) = await RunBicepAsync("lint", Bicep);

        Assert.True(exitCode == 0, output);
        Assert.Equal(string.Empty, output.Trim());
    }

    [Fact]
    public async Task Template_ConfiguresTheWebAppBotChannelsAndOutputs()
    {
        var (exitCode, output) = await RunBicepAsync("build", Bicep, "--outfile", Path.Combine(_temp, "main.json"));
        Assert.True(exitCode == 0, output);
        var json = await File.ReadAllTextAsync(Path.Combine(_temp, "main.json"), TestContext.Current.CancellationToken);
        var template = JsonNode.Parse(json)!;
        var resources = template["resources"]!.AsArray().Select(r => r!).ToList();

        var site = resources.Single(r => (string?)r["type"] == "Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;
        Assert.Equal(
            (true, "DOTNETCORE|10.0", "/healthz/ready", true, true),
            ((bool)site["properties"]!["httpsOnly"]!, (string?)config["linuxFxVersion"], (string?)config["healthCheckPath"], (bool)config["alwaysOn"]!, (bool)config["webSocketsEnabled"]!));
        Assert.All(
            ["MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppTenantId", "MicrosoftAppPassword", "APPLICATIONINSIGHTS_CONNECTION_STRING",
             "Storage__Provider", "Storage__Redis__ConnectionString", "Storage__Sqlite__DataFolder", "ForwardedHeaders__KnownNetworks__0"],
            name => Assert.Contains($"'{name}'", json, StringComparison.Ordinal)); // app settings are one ARM expression
        Assert.Equal(
            ["DirectLineChannel", "MsTeamsChannel", "WebChatChannel"],
            resources.Where(r => (string?)r["type"] == "Microsoft.BotService/botServices/channels").Select(r => (string)r["properties"]!["channelName"]!).Order(StringComparer.Ordinal));
        Assert.Contains(resources, r => (string?)r["type"] == "Microsoft.Cache/redis");
        Assert.Contains(resources, r => (string?)r["type"] == "Microsoft.ManagedIdentity/userAssignedIdentities");
        Assert.Equal("UserAssignedMSI", (string?)template["parameters"]!["appType"]!["defaultValue"]);
        Assert.Contains("/api/messages", template["resources"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["botAppId", "messagingEndpoint", "webAppName", "webChatUrl"], template["outputs"]!.AsObject().Select(o => o.Key).Order(StringComparer.Ordinal));
    }

    private static async Task<(int ExitCode, string Output)> RunBicepAsync(params string[] arguments)
    {
        var cli = typeof(AzureBicepTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value!;
        Assert.True(File.Exists(cli), $"The Bicep CLI is missing at {cli}: the test project's restore downloads Azure.Bicep.CommandLine.linux-x64.");
        const UnixFileMode Execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if (OperatingSystem.IsLinux() && (File.GetUnixFileMode(cli) & Execute) != Execute)
        {
            File.SetUnixFileMode(cli, File.GetUnixFileMode(cli) | Execute); // NuGet extracts it as owner-executable only
        }

        return await ToolRunner.RunAsync(cli, arguments, TimeSpan.FromMinutes(3));
    }
}
