using Advisor.Knowledge;
using TestSupport;

namespace Advisor.Knowledge.Tests;

/// <summary>Finds the repository (the folder holding Bot.sln), its docs, and the shared seed beside it.</summary>
internal static class RepoPaths
{
    public static string Root => RepositoryRoot.Path;

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
}
