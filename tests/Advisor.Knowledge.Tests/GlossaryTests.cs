namespace Advisor.Knowledge.Tests;

/// <summary>"What is an ORM?", "what does XSS mean?": the term in plain words, then what the article says about it.</summary>
public sealed class GlossaryTests
{
    public static TheoryData<string> Terms() => [.. Glossary.Terms.Select(t => t.Term)];

    [Theory]
    [MemberData(nameof(Terms))]
    public void Explain_EveryTerm_SaysWhatItIsInPlainWordsThenTheArticlesFacts(string name)
    {
        var term = Glossary.Terms.Single(t => t.Term == name);

        var explanation = Glossary.Explain(term);

        Assert.StartsWith(term.Meaning, explanation, StringComparison.Ordinal);
        Assert.Contains(term.Term, term.Meaning, StringComparison.OrdinalIgnoreCase);
        Assert.All(SourceTopics.FactsOf(term.Topic), id => Assert.Contains(KnowledgeBase.Fact(id).Statement, explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void ForSize_EverySize_WeighsDjangosBulkAgainstTheUsersOwnAnswer()
    {
        Assert.Contains("counts against", SourceTopics.ForSize(ProjectSize.Small), StringComparison.Ordinal);
        Assert.Contains("not overkill", SourceTopics.ForSize(ProjectSize.Medium), StringComparison.Ordinal);
        Assert.Contains("built for", SourceTopics.ForSize(ProjectSize.Large), StringComparison.Ordinal);
        Assert.Null(SourceTopics.ForSize(null));
    }
}
