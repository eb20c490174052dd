using System.Text.RegularExpressions;

namespace Advisor.Knowledge.Tests;

/// <summary>
/// Issue 11: the article every fact comes from is named as a reader understands it ("the article"), never
/// as "the source" or a file name, and described only in words the article itself uses.
/// </summary>
public sealed partial class SourceArticleTests
{
    [GeneratedRegex(@"\b(source|seed)\b|\.txt\b", RegexOptions.IgnoreCase)]
    private static partial Regex Jargon();

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex Word();

    [Fact]
    public void Passages_AreExactSubstringsOfTheSeed()
    {
        var seed = RepoPaths.ReadSeed();

        Assert.All(SourceArticle.Passages, passage => Assert.Contains(passage, seed, StringComparison.Ordinal));
    }

    [Fact]
    public void Description_UsesOnlyWordsTheArticleUsesAboutItself()
    {
        var own = Word().Matches(string.Join(' ', SourceArticle.Passages)).Select(m => m.Value.ToUpperInvariant()).ToHashSet();
        string[] joiners = ["AN", "ARTICLE", "ON"];

        var invented = Word().Matches(SourceArticle.Description).Select(m => m.Value.ToUpperInvariant()).Where(w => !own.Contains(w) && !joiners.Contains(w));

        Assert.Empty(invented);
    }

    [Fact]
    public void UserFacingKnowledgeTexts_NeverSayTheSourceOrTheSeed()
    {
        var texts = KnowledgeBase.Questions.SelectMany(q => q.Options).SelectMany(o => o.Evidence).Select(e => e.Because)
            .Concat(CostCaveats.All.Select(c => c.Text))
            .Concat(TwoSides.All.SelectMany(t => new[] { t.Call.Summary, t.Call.Django.Text, t.Call.Flask.Text, t.Call.Split ?? "" }))
            .Concat(Enum.GetValues<SourceTopic>().Select(SourceTopics.Answer))
            .Append(SourceTopics.NotInTheSource)
            .Concat(KnowledgeBase.Facts.Select(f => f.Statement))
            .Concat(AnswerSpace.AllWithFamiliarity().Select(FrameworkAdvisor.Default.Recommend)
                .SelectMany(r => new[] { r.FamiliarityNote ?? "", r.FastApiNote ?? "", r.FlipText ?? "" }).Distinct());

        Assert.All(texts, text => Assert.DoesNotMatch(Jargon(), text));
    }
}
