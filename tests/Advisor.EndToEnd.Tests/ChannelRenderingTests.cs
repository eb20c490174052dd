using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Advisor.EndToEnd.Tests;

/// <summary>
/// Issue 12 in the real Web Chat: a multi-line reply shows its list as a list (Web Chat's Markdown
/// makes a single newline a space), and the long "What are you building?" list is one choice-set
/// card that shows every option and answers the question when submitted.
/// </summary>
public sealed partial class ChannelRenderingTests
{
    private const string Description = "Small team, two weeks, internal tool, a prototype, beginners";

    private static readonly string[] UseCases =
    [
        "Content site / CMS", "Online shop", "Social network", "News / publishing", "E-learning", "Data dashboard",
        "API / microservice", "ML model API", "Dash / Plotly app", "Static site", "Prototype / MVP", "Something else",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("why (Django|Flask) fits")]
    private static partial Regex WhyReply();

    [GeneratedRegex("What are you building")]
    private static partial Regex UseCaseQuestion();

    [GeneratedRegex("How experienced")]
    private static partial Regex ExperienceQuestion();

    private static async Task<WebChatSession> OpenAsync()
    {
        var chat = await WebChatSession.OpenAsync(Ct);
        await Expect(chat.Page.Locator(WebChatSession.BotBubble).First).ToBeVisibleAsync();
        return chat;
    }

    [Fact]
    public async Task WhyReply_RendersItsReasonsAsListItems()
    {
        await using var chat = await OpenAsync();
        await chat.TypeAsync(Description);
        await Expect(chat.Page.Locator(WebChatSession.AdaptiveCard).Last).ToContainTextAsync("My recommendation");

        await chat.TypeAsync("why?");

        var why = chat.Page.Locator(WebChatSession.BotBubble).Filter(new() { HasTextRegex = WhyReply() });
        await Expect(why).ToHaveCountAsync(1);
        Assert.True(await why.Locator("ul > li").CountAsync() >= 3, "The reasons should render as at least three list items.");
        await Expect(why.Locator("p").Last).ToContainTextAsync(new System.Text.RegularExpressions.Regex("would (win instead|tip it)")); // the flip (or that none is near) is its own paragraph
        await chat.ScreenshotAsync("why-as-list");
    }

    [Fact]
    public async Task UseCaseQuestion_ShowsEveryOptionInOneChoiceCard_AndItsSubmitAnswers()
    {
        await using var chat = await OpenAsync();
        await chat.TypeAsync("A large team, over 6 months, we take payments");
        await Expect(chat.Page.Locator(WebChatSession.BotBubble).Filter(new() { HasTextRegex = UseCaseQuestion() })).ToHaveCountAsync(1);

        var card = chat.Page.Locator(WebChatSession.ChoiceCard).Last;
        var choiceSet = card.Locator("select");
        await Expect(choiceSet).ToBeVisibleAsync();
        var options = await choiceSet.Locator("option").AllTextContentsAsync();
        Assert.Equal(UseCases, options.Where(o => UseCases.Contains(o)));
        await Expect(chat.Page.Locator(WebChatSession.SuggestedAction)).ToHaveCountAsync(0);
        await chat.ScreenshotAsync("use-case-choice-card");

        await choiceSet.SelectOptionAsync(new SelectOptionValue { Label = "Online shop" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Expect(chat.Page.Locator(WebChatSession.BotBubble).Filter(new() { HasTextRegex = ExperienceQuestion() })).ToHaveCountAsync(1);
    }
}
