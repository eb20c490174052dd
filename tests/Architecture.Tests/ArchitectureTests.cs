using TestSupport;

namespace Architecture.Tests;

/// <summary>
/// The dependency rules of docs/architecture.md, read from the project files. Every project must be covered
/// by a rule (ProjectRules), so a new project fails here until someone decides where it sits.
/// </summary>
public sealed class ArchitectureTests
{
    public static TheoryData<string> Projects => [.. ProjectFile.All.Select(p => p.RelativePath)];

    private static ProjectFile Project(string relativePath) => ProjectFile.All.Single(p => p.RelativePath == relativePath);

    [Fact]
    public void TheRulesSeeEveryProject()
    {
        Assert.Contains(ProjectFile.All, p => p.Name == "Bot.Core");
        Assert.Contains(ProjectFile.All, p => p.Name == "Architecture.Tests");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryProject_HasARule(string project)
    {
        Assert.True(ProjectRules.AllowedReferences(Project(project)) is not null, $"{project} has no rule: add one to ProjectRules (and docs/architecture.md).");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void ProjectReferences_PointOnlyWhereTheArchitectureAllows(string project)
    {
        var file = Project(project);
        var allowed = ProjectRules.AllowedReferences(file) ?? [];

        Assert.All(file.References, r => Assert.True(allowed.Any(a => ProjectRules.Matches(a, r)), $"{project} must not reference {r}."));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void InternalsVisibleTo_OnlyTheProjectsOwnTestsAndListedExceptions(string project)
    {
        var file = Project(project);
        var allowed = ProjectRules.AllowedInternalsVisibleTo(file);

        Assert.All(file.InternalsVisibleTo, friend => Assert.True(allowed.Contains(friend), $"{project} must not show its internals to {friend}."));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryProject_IsInTheSolution(string project)
    {
        var solution = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Bot.sln"));

        Assert.Contains(project.Replace('/', '\\'), solution, StringComparison.Ordinal);
    }

    [Fact]
    public void KnowledgeModel_HasNoBotTypes()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src/Advisor.Knowledge"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));

        Assert.All(sources, f => Assert.DoesNotContain("using Bot.", File.ReadAllText(f), StringComparison.Ordinal));
    }
}
