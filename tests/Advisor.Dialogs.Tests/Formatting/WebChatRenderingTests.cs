using Advisor.Knowledge;
using Bot.Core.Schema;

namespace Advisor.Dialogs.Tests.Formatting;

/// <summary>
/// Issue 12: every multi-line reply, rendered as Web Chat renders Markdown (a single newline is a
/// space), shows its lists as lists and its paragraphs apart, with every item's text intact.
/// </summary>
public sealed class WebChatRenderingTests
{
    private const string Description = "Small team, two weeks, internal tool, a prototype, beginners";
    private static readonly ProjectAnswers Answers = new(ProjectSize.Small, Timeline.Weeks, SecurityNeeds.Standard, UseCase.Prototype, TeamExperience.Beginner);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> ReplyToAsync(AdvisorHarness harness, string text)
    {
        await harness.SendAsync(harness.Adapter.MakeMessage(text));
        return harness.DrainReplies().Last(r => r.Type == ActivityTypes.Message).Text!;
    }

    private static async Task<string> RenderAsync(string markdown) => (await WebChatMarkdown.RenderAsync([markdown], Ct))[0];

    private static async Task<AdvisorHarness> RecommendedAsync(string channelId = Channels.Test)
    {
        var harness = new AdvisorHarness(channelId);
        await harness.SendAsync(harness.Adapter.MakeMessage(Description));
        harness.DrainReplies();
        return harness;
    }

    [Fact]
    public void WebChatRenderer_StillTreatsASingleNewlineAsASpace() =>
        Assert.Contains("breaks: false", WebChatMarkdown.RendererSource, StringComparison.Ordinal);

    [Fact]
    public async Task Why_RendersEachReasonAsAListItem_AndTheFlipAsItsOwnParagraph()
    {
        var recommendation = FrameworkAdvisor.Default.Recommend(Answers);
        var harness = await RecommendedAsync();

        var html = await RenderAsync(await ReplyToAsync(harness, "why?"));

        // Each reason is one list item (led by the user's own words where they gave some).
        var items = WebChatMarkdown.ListItems(html);
        Assert.Equal(recommendation.Reasons.Count, items.Count);
        Assert.All(recommendation.Reasons.Zip(items), pair => Assert.EndsWith(pair.First.Text, pair.Second, StringComparison.Ordinal));
        Assert.Equal(new[] { $"Here's why {recommendation.Winner} fits:", recommendation.FlipText }.OfType<string>(), WebChatMarkdown.Paragraphs(html));
    }

    [Fact]
    public async Task WhyNot_RendersTheCostsAndTheReasonsAsLists()
    {
        var recommendation = FrameworkAdvisor.Default.Recommend(Answers);
        var harness = await RecommendedAsync();

        var html = await RenderAsync(await ReplyToAsync(harness, $"why not {recommendation.RunnerUp}?"));

        var costs = recommendation.RunnerUpCosts.Take(3).Select(c => c.Text);
        var reasons = recommendation.Reasons.Take(recommendation.RunnerUpCosts.Count > 0 ? 2 : 3).Select(r => r.Text);
        Assert.Equal([.. costs, .. reasons], WebChatMarkdown.ListItems(html));
        Assert.Equal(recommendation.FlipText, WebChatMarkdown.Paragraphs(html)[^1]);
        Assert.DoesNotContain(WebChatMarkdown.Paragraphs(html), p => p.Contains('•', StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecommendationAsText_RendersReasonsAndTradeOffsAsLists()
    {
        var recommendation = FrameworkAdvisor.Default.Recommend(Answers);
        var harness = new AdvisorHarness("slack");

        await harness.SendAsync(harness.Adapter.MakeMessage(Description));
        var html = await RenderAsync(harness.DrainReplies().Last().Text!);

        var items = WebChatMarkdown.ListItems(html);
        Assert.All(recommendation.Reasons.Zip(items), pair => Assert.EndsWith(pair.First.Text, pair.Second, StringComparison.Ordinal));
        Assert.True(items.Count > recommendation.Reasons.Count, "the trade-offs follow the reasons as list items");
        Assert.Contains("Why:", WebChatMarkdown.Paragraphs(html));
        Assert.Contains("Trade-offs to expect:", WebChatMarkdown.Paragraphs(html));
    }

    [Fact]
    public async Task ComparisonAsText_RendersOneListItemPerCriterion_ThenTheNextStepsAsANumberedList()
    {
        var harness = await RecommendedAsync("slack");

        var html = await RenderAsync(await ReplyToAsync(harness, "compare them side by side"));

        var items = WebChatMarkdown.ListItems(html);
        Assert.All(items.Take(KnowledgeBase.Questions.Count), item => Assert.Contains("●", item, StringComparison.Ordinal));
        Assert.Equal(["Why?", "Why not Django?", "Change an answer", "Start over"], items.Skip(KnowledgeBase.Questions.Count));
        Assert.Contains(WebChatMarkdown.Paragraphs(html), p => p.StartsWith("Overall: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuestionAsNumberedList_RendersEveryOptionAsAListItem()
    {
        var harness = new AdvisorHarness("slack");

        await harness.SendAsync(harness.Adapter.MakeMessage("ask me the questions"));
        var html = await RenderAsync(harness.DrainReplies().Last().Text!);

        Assert.Equal(["Small (1–3 people)", "Medium (4–10)", "Large (11+)"], WebChatMarkdown.ListItems(html));
    }

    [Fact]
    public async Task Escape_KeepsMarkdownCharactersAsWritten()
    {
        string[] items = ["*not bold* and _not italic_", "<b>not html</b> [not](a link) `not code`"];

        var html = await RenderAsync(Bot.Dialogs.Formatting.Markdown.BulletList(items));

        Assert.Equal(items, WebChatMarkdown.ListItems(html));
    }
}
