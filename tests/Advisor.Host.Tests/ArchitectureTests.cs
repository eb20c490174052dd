using System.Xml.Linq;
using TestSupport;

namespace Advisor.Host.Tests;

/// <summary>
/// Dependencies point one way (ARCHITECTURE.md): Advisor.Host → Advisor.Dialogs → (Bot.Dialogs → Bot.Core,
/// Advisor.Knowledge); Bot.DirectLine and each Bot.Storage.* → Bot.Core. Read from the csproj files, so a wrong arrow fails here.
/// </summary>
public sealed class ArchitectureTests
{
    public static TheoryData<string, string[]> AllowedReferences => new()
    {
        { "src/Bot.Core/Bot.Core.csproj", [] },
        { "src/Advisor.Knowledge/Advisor.Knowledge.csproj", [] },
        { "src/Bot.Dialogs/Bot.Dialogs.csproj", ["Bot.Core"] },
        { "src/Bot.DirectLine/Bot.DirectLine.csproj", ["Bot.Core"] },
        { "src/Bot.Storage.Sqlite/Bot.Storage.Sqlite.csproj", ["Bot.Core"] },
        { "src/Bot.Storage.Redis/Bot.Storage.Redis.csproj", ["Bot.Core"] },
        { "dialogs/Advisor.Dialogs/Advisor.Dialogs.csproj", ["Bot.Dialogs", "Advisor.Knowledge"] },
        { "src/Advisor.Host/Advisor.Host.csproj", ["Bot.Core", "Bot.DirectLine", "Bot.Storage.Sqlite", "Bot.Storage.Redis", "Advisor.Dialogs"] },
    };

    [Theory]
    [MemberData(nameof(AllowedReferences))]
    public void ProjectReferences_PointOnlyWhereTheArchitectureAllows(string project, string[] allowed)
    {
        var path = Path.Combine(RepositoryRoot.Path, project);
        var references = XDocument.Load(path).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))
            .ToList();

        Assert.All(references, r => Assert.True(allowed.Contains(r), $"{project} must not reference {r}."));
    }

    [Fact]
    public void KnowledgeModel_HasNoBotTypes()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src/Advisor.Knowledge"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal));

        Assert.All(sources, f => Assert.DoesNotContain("using Bot.", File.ReadAllText(f), StringComparison.Ordinal));
    }
}
