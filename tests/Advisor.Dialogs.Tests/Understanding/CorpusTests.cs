using Advisor.Corpus;

namespace Advisor.Dialogs.Tests.Understanding;

/// <summary>
/// The labelled corpus (Understanding/Corpus/corpus.jsonl: messages as people type them, each with the
/// facts it states) read as the bot reads it. The floors sit just under the measured figures, so a change
/// that makes understanding worse fails here; `dotnet run --project tests/Advisor.Corpus` lists every miss.
/// </summary>
public sealed class CorpusTests
{
    private static readonly CorpusReport Report =
        CorpusEvaluator.Evaluate(CorpusEntry.Load(Path.Combine(AppContext.BaseDirectory, "Understanding", "Corpus", "corpus.jsonl")));

    [Fact]
    public void Corpus_IsLargeEnoughToMeasure()
    {
        Assert.True(Report.Messages >= 300, $"{Report.Messages} messages");
        Assert.True(Report.Stated >= 600, $"{Report.Stated} facts");
    }

    [Fact]
    public void Corpus_StatedFacts_AreReadRight()
    {
        // Measured 98.0 % (issue 10 targets 98 %); see docs/understanding.md.
        Assert.True(Report.Recall >= 0.975, Report.ToString());
    }

    [Fact]
    public void Corpus_FactsNotStated_AreRarelyInvented()
    {
        // Measured 11 of ~650 readings; most are debatable (a hint of "internal", "for years"). The target is 0.
        Assert.True(Report.Invented <= 12, string.Join('\n', Report.Misses.Where(m => m.Contains(" invented ", StringComparison.Ordinal))));
    }

    [Fact]
    public void Corpus_Descriptions_AreNotDiscarded()
    {
        // A message with facts from which nothing at all is read: measured 2 ("Flask is our bread and butter", "Sprints are 2 weeks, we plan 6 of them").
        Assert.True(Report.Discarded.Count <= 2, string.Join('\n', Report.Discarded));
    }

    [Theory]
    [InlineData("size")]
    [InlineData("timeline")]
    [InlineData("security")]
    [InlineData("useCase")]
    [InlineData("experience")]
    [InlineData("familiarity")]
    public void Corpus_EachFact_HasHighPrecisionAndRecall(string fact)
    {
        var tally = Report.Facts[fact];
        Assert.True(tally.Precision >= 0.93 && tally.Recall >= 0.93, Report.ToString());
    }
}
