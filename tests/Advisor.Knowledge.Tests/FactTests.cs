namespace Advisor.Knowledge.Tests;

public sealed class FactTests
{
    public static TheoryData<string> FactIds() => [.. KnowledgeBase.Facts.Select(f => f.Id)];

    [Theory]
    [MemberData(nameof(FactIds))]
    public void SeedPassage_EveryFact_IsAnExactSubstringOfTheSeed(string id)
    {
        var fact = KnowledgeBase.Fact(id);

        Assert.Contains(fact.SeedPassage, RepoPaths.ReadSeed(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FactIds))]
    public void Statement_EveryFact_IsOneShortSentenceInOurOwnWords(string id)
    {
        var fact = KnowledgeBase.Fact(id);

        Assert.DoesNotContain('\n', fact.Statement);
        Assert.EndsWith(".", fact.Statement, StringComparison.Ordinal);
        Assert.InRange(fact.Statement.Length, 20, 120);
        Assert.NotEqual(fact.SeedPassage, fact.Statement);
    }

    [Fact]
    public void Facts_Ids_AreUnique()
    {
        var ids = KnowledgeBase.Facts.Select(f => f.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Facts_EveryFact_FavoursOrPenalisesItsSubject()
    {
        Assert.All(KnowledgeBase.Facts, f =>
            Assert.Contains(f.About, f.Kind == FactKind.Cost ? f.Penalises : f.Favours));
    }

    [Theory]
    [InlineData(Framework.Django, 4)]
    [InlineData(Framework.Flask, 4)]
    public void Facts_Costs_CoverEachFrameworksDownsides(Framework framework, int expected)
    {
        Assert.Equal(expected, KnowledgeBase.Facts.Count(f => f.Kind == FactKind.Cost && f.About == framework));
    }

    [Fact]
    public void Evidence_EveryItem_PointsTheWayItsFactSays()
    {
        var evidence = KnowledgeBase.Questions.SelectMany(q => q.Options).SelectMany(o => o.Evidence);

        Assert.All(evidence, e =>
        {
            var fact = KnowledgeBase.Fact(e.FactId);
            Assert.Contains(e.Framework, e.Points > 0 ? fact.Favours : fact.Penalises);
        });
    }

    [Fact]
    public void Evidence_EveryItem_RestsOnAFactThatSpeaksToItsQuestion_InASentenceOfItsOwn()
    {
        var evidence = KnowledgeBase.Questions.SelectMany(q => q.Options.SelectMany(o => o.Evidence.Select(e => (q.Id, e)))).ToList();

        Assert.All(evidence, x => Assert.True(FactTopics.SpeaksTo(x.e.FactId, x.Id), $"'{x.e.FactId}' does not speak to {x.Id}."));
        Assert.All(evidence, x => Assert.EndsWith(".", x.e.Because, StringComparison.Ordinal));
        Assert.Equal(evidence.Count, evidence.Select(x => x.e.Because).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Fact_UnknownId_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => KnowledgeBase.Fact("no-such-fact"));
    }
}
