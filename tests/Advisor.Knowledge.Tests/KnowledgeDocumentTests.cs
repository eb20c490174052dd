namespace Advisor.Knowledge.Tests;

public sealed class KnowledgeDocumentTests
{
    [Fact]
    public void KnowledgeDoc_ComparedWithTheCode_IsUpToDate()
    {
        var expected = KnowledgeDocument.Render();
        if (Environment.GetEnvironmentVariable(KnowledgeDocument.RegenerateVariable) == "1")
        {
            File.WriteAllText(RepoPaths.KnowledgeDoc, expected);
        }

        var actual = File.Exists(RepoPaths.KnowledgeDoc) ? File.ReadAllText(RepoPaths.KnowledgeDoc).ReplaceLineEndings("\n") : "";

        Assert.True(
            expected == actual,
            $"docs/knowledge.md disagrees with the knowledge in code. Regenerate it with "
            + $"{KnowledgeDocument.RegenerateVariable}=1 dotnet test tests/Advisor.Knowledge.Tests, then review the diff.");
    }

    [Fact]
    public void Render_EveryFactAndOption_AppearsInTheDocument()
    {
        var document = KnowledgeDocument.Render();

        Assert.All(KnowledgeBase.Facts, f => Assert.Contains($"`{f.Id}`", document, StringComparison.Ordinal));
        Assert.All(KnowledgeBase.Questions.SelectMany(q => q.Options), o => Assert.Contains($"| {o.Label} |", document, StringComparison.Ordinal));
    }
}
