using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Advisor.EndToEnd.Tests;

/// <summary>
/// Issue 14 in the real Web Chat: the page keeps its user id across a reload, and the bot offers to
/// continue the interview from the question the user had reached.
/// </summary>
public sealed class ResumeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reload_AfterTwoAnswers_OffersToContinueAtTheSameQuestion()
    {
        await using var chat = await WebChatSession.OpenAsync(Ct);
        var page = chat.Page;
        var bots = page.Locator(WebChatSession.BotBubble);
        await Expect(bots.First).ToBeVisibleAsync();
        await chat.TypeAsync("ask me the questions");
        await AnswerWithTheFirstButtonAsync(page);
        await AnswerWithTheFirstButtonAsync(page);
        await WaitForEnabledButtonsAsync(page);
        var reached = (await bots.Last.InnerTextAsync()).Trim();

        await page.ReloadAsync();
        await Expect(bots.Filter(new() { HasText = "Welcome back!" })).ToHaveCountAsync(1);
        await page.Locator(WebChatSession.SuggestedAction).Filter(new() { HasText = "Continue where I left off" }).ClickAsync();

        await Expect(bots.Filter(new() { HasText = "pick up where we left off" })).ToHaveCountAsync(1);
        await Expect(bots.Last).ToHaveTextAsync(reached);
        await chat.ScreenshotAsync("resume-after-reload");
    }

    private static async Task AnswerWithTheFirstButtonAsync(IPage page)
    {
        await WaitForEnabledButtonsAsync(page);
        var users = page.Locator(WebChatSession.UserBubble);
        var answered = await users.CountAsync();
        await page.Locator(WebChatSession.SuggestedAction).First.ClickAsync();
        await Expect(users).ToHaveCountAsync(answered + 1);
    }

    private static async Task WaitForEnabledButtonsAsync(IPage page) =>
        await page.WaitForFunctionAsync("action => document.querySelector(action + ':not([disabled])')", WebChatSession.SuggestedAction);
}
