using System.Reflection;

namespace Advisor.Dialogs.Tests;

/// <summary>
/// Issue 11: the bot names the article it is based on one plain way: "the article I'm based on" where it
/// says what it is, "the article" everywhere after; never "the source" or "my source".
/// </summary>
public sealed class ArticleNameTests
{
    private static IEnumerable<(string Name, string Text)> Sentences() =>
        typeof(AdvisorStrings).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!))
            .Append(("OutOfScope(FastAPI)", AdvisorStrings.OutOfScope("FastAPI")));

    [Fact]
    public void EverySentence_CallsItTheArticle_NeverTheSource()
    {
        Assert.All(Sentences(), s => Assert.DoesNotContain("source", s.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Welcome_IntroducesTheArticleTheBotIsBasedOn()
    {
        Assert.Contains("the article I'm based on", AdvisorStrings.Welcome, StringComparison.Ordinal);
    }
}
