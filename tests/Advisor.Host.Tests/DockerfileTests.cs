using TestSupport;

namespace Advisor.Host.Tests;

/// <summary>
/// deploy/docker/Dockerfile (issue 15): dockerfilelint (installed by this project's build with npm) finds no
/// issue, and the image has the shape an operator relies on. No Docker engine exists here, so
/// <see cref="PublishedAppTests"/> runs the published app the way the image's entry point does.
/// </summary>
public sealed class DockerfileTests
{
    private static readonly string Dockerfile = Path.Combine(RepositoryRoot.Path, "deploy", "docker", "Dockerfile");
    private static readonly string LinterDir = Path.Combine(RepositoryRoot.Path, "tests", "Advisor.Host.Tests", "docker");

    [Fact]
    public async Task Dockerfile_PassesTheLinter()
    {
        var (exitCode, output) = await LintAsync(Dockerfile);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Issues: None found", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Linter_FlagsACarelessDockerfile()
    {
        var careless = Path.Combine(Directory.CreateTempSubdirectory("dockerfile-").FullName, "Dockerfile");
        await File.WriteAllTextAsync(careless, "FROM ubuntu:latest\nRUN apt-get install curl\n", TestContext.Current.CancellationToken);

        var (exitCode, output) = await LintAsync(careless);

        Assert.True(exitCode != 0, output);
        Assert.Contains("Base Image Latest", output, StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(careless)!, recursive: true);
    }

    [Fact]
    public void Dockerfile_BuildsWithTheSdkAndRunsOnTheRuntimeAsANonRootUserOnPort8080()
    {
        var lines = File.ReadAllLines(Dockerfile).Select(l => l.Trim()).ToList();

        Assert.Equal(
            ["FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", "FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime"],
            lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("install -y --no-install-recommends npm", StringComparison.Ordinal));
        Assert.Contains("USER app", lines);
        Assert.Contains("EXPOSE 8080", lines);
        Assert.Contains("VOLUME [\"/data\"]", lines);
        Assert.Contains(lines, l => l.StartsWith("ENV ASPNETCORE_URLS=http://+:8080", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Storage__Sqlite__DataFolder=/data", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("/healthz/live", StringComparison.Ordinal));
        Assert.Equal("ENTRYPOINT [\"dotnet\", \"Advisor.Host.dll\"]", lines.Last(l => l.Length > 0));
    }

    private static async Task<(int ExitCode, string Output)> LintAsync(string dockerfile)
    {
        var linter = Path.Combine(LinterDir, "node_modules", "dockerfilelint", "bin", "dockerfilelint");
        Assert.True(File.Exists(linter), $"dockerfilelint is missing: the build installs it with `npm ci` in {LinterDir}.");
        return await ToolRunner.RunAsync("node", [linter, dockerfile], TimeSpan.FromSeconds(60));
    }
}
