using System.Runtime.CompilerServices;
using Advisor.Knowledge;

namespace Advisor.Knowledge.Tests;

/// <summary>Finds the repository (the folder holding Bot.sln), its docs, and the shared seed beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string KnowledgeDoc => Path.Combine(Root, "docs", "knowledge.md");

    public static string ReadSeed()
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds", KnowledgeBase.SeedFile));
        if (!File.Exists(path))
        {
            Assert.Fail($"The seed is missing: expected {path} (the 'shared' folder beside the repository). "
                + "Every fact quotes it, so these tests cannot check the knowledge without it.");
        }

        return File.ReadAllText(path);
    }

    // Walk up from the test's base directory first; with --artifacts-path outside the repository
    // that finds nothing, so fall back to this source file's own location.
    private static string FindRoot() =>
        WalkUp(AppContext.BaseDirectory) ?? WalkUp(ThisSourceDirectory())
        ?? throw new InvalidOperationException("Could not find Bot.sln above the test directory or its sources.");

    private static string? WalkUp(string? start)
    {
        for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? ThisSourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path);
}
