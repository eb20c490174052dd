namespace Architecture.Tests;

/// <summary>
/// What each project may reference and who may see its internals (docs/architecture.md). Dependencies point
/// one way: Advisor.Host → Advisor.Dialogs → (Bot.Dialogs → Bot.Core, Advisor.Knowledge); Bot.DirectLine and
/// every Bot.Storage.* → Bot.Core. A name ending in <c>.*</c> stands for a family of projects.
/// </summary>
internal static class ProjectRules
{
    /// <summary>Production projects: their allowed references, and the internals grants besides their own tests.</summary>
    private static readonly Dictionary<string, (string[] References, string[] ExtraInternalsVisibleTo)> Production = new(StringComparer.Ordinal)
    {
        ["Bot.Core"] = ([], ["Bot.DirectLine"]), // Direct Line runs its already-authenticated turns through CloudAdapter's trusted entry point.
        ["Advisor.Knowledge"] = ([], []),
        ["Bot.Dialogs"] = (["Bot.Core"], []),
        ["Bot.DirectLine"] = (["Bot.Core"], []),
        ["Bot.Storage.*"] = (["Bot.Core"], []),
        ["Advisor.Dialogs"] = (["Bot.Dialogs", "Advisor.Knowledge"], []),
        ["Advisor.Host"] = (["Bot.Core", "Bot.DirectLine", "Bot.Storage.*", "Advisor.Dialogs"], []),
    };

    /// <summary>Test code that is not simply "X.Tests for project X".</summary>
    private static readonly Dictionary<string, string[]> TestSupport = new(StringComparer.Ordinal)
    {
        ["Bot.Testing"] = ["Bot.Core"],
        ["Architecture.Tests"] = [], // reads project files only, so it never waits on another project's build (npm included)
        ["Advisor.EndToEnd.Tests"] = ["Advisor.Host", "Bot.Testing"],
        ["Advisor.Dialogs.Tests"] = ["Advisor.Dialogs", "Bot.Testing", "Advisor.Corpus"], // the corpus floors run the evaluator
        ["Advisor.Corpus"] = ["Advisor.Dialogs"], // the understanding corpus's evaluator (docs/understanding.md)
        ["Advisor.Benchmarks"] = ["Bot.Core", "Bot.Dialogs", "Bot.DirectLine", "Bot.Storage.*", "Advisor.Knowledge", "Advisor.Dialogs", "Advisor.Host", "Bot.Testing"],
        ["Advisor.LoadBench"] = ["Advisor.Host", "Advisor.Dialogs", "Advisor.Knowledge", "Bot.Core", "Bot.Dialogs", "Bot.DirectLine"], // drives the built host end to end
        ["Bot.Storage.Tests"] = ["Bot.Storage.*", "Bot.Testing"], // one suite for both stores
    };

    /// <summary>The references <paramref name="project"/> may have; null when no rule covers it.</summary>
    public static string[]? AllowedReferences(ProjectFile project)
    {
        if (!project.IsTestCode)
        {
            return Find(Production, project.Name)?.References;
        }

        if (TestSupport.TryGetValue(project.Name, out var support))
        {
            return support;
        }

        // Convention: X.Tests tests production project X, with the shared test helpers.
        return project.Name.EndsWith(".Tests", StringComparison.Ordinal) && Find(Production, project.Name[..^".Tests".Length]) is not null
            ? [project.Name[..^".Tests".Length], "Bot.Testing"]
            : null;
    }

    /// <summary>Who may see <paramref name="project"/>'s internals: its own tests, plus the table's exceptions; test code grants none.</summary>
    public static string[] AllowedInternalsVisibleTo(ProjectFile project) =>
        project.IsTestCode || Find(Production, project.Name) is not { } rule ? [] : [project.Name + ".Tests", .. rule.ExtraInternalsVisibleTo];

    public static bool Matches(string pattern, string name) =>
        pattern.EndsWith(".*", StringComparison.Ordinal) ? name.StartsWith(pattern[..^1], StringComparison.Ordinal) : pattern == name;

    private static T? Find<T>(Dictionary<string, T> rules, string name)
        where T : struct =>
        rules.FirstOrDefault(rule => Matches(rule.Key, name)) is { Key: not null } found ? found.Value : null;

    private static string[]? Find(Dictionary<string, string[]> rules, string name) =>
        rules.FirstOrDefault(rule => Matches(rule.Key, name)).Value;
}
