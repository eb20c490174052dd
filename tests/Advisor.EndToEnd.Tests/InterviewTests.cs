using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Advisor.EndToEnd.Tests;

/// <summary>
/// The advisor's interview in the real Web Chat: answered by clicking suggested-action buttons, or
/// started with a free-text description, until the recommendation Adaptive Card renders. Skipped
/// while the host still runs the placeholder GreetingBot, which has no interview.
/// </summary>
public sealed partial class InterviewTests
{
    private const int MaxSteps = 12;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("Django|Flask")]
    private static partial Regex Verdict();

    private static async Task<WebChatSession> OpenAdvisorAsync()
    {
        var chat = await WebChatSession.OpenAsync(Ct);
        if (chat.RunsPlaceholderBot)
        {
            await chat.DisposeAsync();
            Assert.Skip("The host still runs the placeholder GreetingBot; the interview arrives with the advisor conversation (dialogs/Advisor.Dialogs).");
        }

        await Expect(chat.Page.Locator(WebChatSession.BotBubble).First).ToBeVisibleAsync();
        return chat;
    }

    /// <summary>
    /// Clicks the first suggested action of each question (or, for a long list, picks the first choice of
    /// its choice-set card and sends it) until the recommendation card shows.
    /// </summary>
    private static async Task<ILocator> ClickThroughToTheCardAsync(WebChatSession chat)
    {
        var page = chat.Page;
        var bots = page.Locator(WebChatSession.BotBubble);
        var choiceCardsAnswered = 0;
        for (var step = 0; step < MaxSteps; step++)
        {
            await page.WaitForFunctionAsync(
                "([card, action, choice, answered]) => document.querySelector(card) || document.querySelector(action + ':not([disabled])') || document.querySelectorAll(choice).length > answered",
                new object[] { WebChatSession.ResultCard, WebChatSession.SuggestedAction, WebChatSession.ChoiceCard, choiceCardsAnswered });
            if (await page.Locator(WebChatSession.ResultCard).CountAsync() > 0)
            {
                return page.Locator(WebChatSession.ResultCard).Last;
            }

            var answered = await bots.CountAsync();
            if (await page.Locator(WebChatSession.ChoiceCard).CountAsync() > choiceCardsAnswered)
            {
                await WebChatSession.SubmitFirstChoiceAsync(page.Locator(WebChatSession.ChoiceCard).Last);
                choiceCardsAnswered++;
            }
            else
            {
                await page.Locator(WebChatSession.SuggestedAction).First.ClickAsync();
            }

            await Expect(bots).Not.ToHaveCountAsync(answered);
        }

        Assert.Fail($"No recommendation card after {MaxSteps} answers.");
        return null!;
    }

    [Fact]
    public async Task Interview_ByClickingButtons_EndsWithTheRecommendationCard()
    {
        await using var chat = await OpenAdvisorAsync();

        var card = await ClickThroughToTheCardAsync(chat);

        await Expect(card).ToContainTextAsync(Verdict());
        Assert.True(await chat.Page.Locator(WebChatSession.UserBubble).CountAsync() > 0);
        await chat.ScreenshotAsync("interview-buttons");
    }

    [Fact]
    public async Task Interview_StartedWithADescription_EndsWithTheRecommendationCard()
    {
        await using var chat = await OpenAdvisorAsync();

        await chat.TypeAsync("We're building a large online shop with user accounts and payments, a team of six, launching in about six months.");
        var card = await ClickThroughToTheCardAsync(chat);

        await Expect(card).ToContainTextAsync(Verdict());
        await chat.ScreenshotAsync("interview-free-text");
    }
}
