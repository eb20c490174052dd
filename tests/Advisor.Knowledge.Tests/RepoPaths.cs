using Advisor.Knowledge;
using TestSupport;

namespace Advisor.Knowledge.Tests;

/// <summary>Finds the repository (the folder holding Bot.sln), its docs, and the seed document the facts quote.</summary>
internal static class RepoPaths
{
    /// <summary>Names the seed file; unset, the seed is looked for in <c>../shared/seeds/</c> beside the repository.</summary>
    public const string SeedPathVariable = "ADVISOR_SEED_PATH";

    public static string Root => RepositoryRoot.Path;

    public static string KnowledgeDoc => Path.Combine(Root, "docs", "knowledge.md");

    public static string SeedPath =>
        Environment.GetEnvironmentVariable(SeedPathVariable) is { Length: > 0 } configured
            ? Path.GetFullPath(configured, Root)
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds", KnowledgeBase.SeedFile));

    /// <summary>
    /// The seed's text. The seed is not part of the repository, so without it the quote checks are
    /// skipped (a plain clone still passes), except under <c>CI=true</c>, where a missing seed must fail.
    /// </summary>
    public static string ReadSeed() => ReadSeed(SeedPath, string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase));

    public static string ReadSeed(string path, bool required)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        var reason = $"The seed document is not at {path}; set {SeedPathVariable} to the path of {KnowledgeBase.SeedFile} to check that every fact quotes it.";
        if (required)
        {
            Assert.Fail(reason + " CI=true, so a missing seed fails.");
        }

        Assert.Skip(reason);
        return "";
    }
}
