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
        var seed = LookForSeed(path, required);
        if (seed.Failure is { } failure)
        {
            Assert.Fail(failure);
        }

        if (seed.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return seed.Text!;
    }

    /// <summary>What to do about the seed at <paramref name="path"/>: its text, or why the checks skip or fail.</summary>
    public static SeedLookup LookForSeed(string path, bool required)
    {
        if (File.Exists(path))
        {
            return new SeedLookup(File.ReadAllText(path), null, null);
        }

        var reason = $"The seed document is not at {path}; set {SeedPathVariable} to the path of {KnowledgeBase.SeedFile} to check that every fact quotes it.";
        return required ? new SeedLookup(null, null, reason + " CI=true, so a missing seed fails.") : new SeedLookup(null, reason, null);
    }
}

/// <summary>The seed's text, or the reason the quote checks are skipped, or the reason they fail.</summary>
internal sealed record SeedLookup(string? Text, string? SkipReason, string? Failure);
