using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Advisor.EndToEnd.Tests;

/// <summary>The real Web Chat page against the real app, in headless Chromium (issue 6, deliverable 4).</summary>
public sealed class WebChatPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_ShowsTheWelcome_BeforeTheUserTypes()
    {
        await using var chat = await WebChatSession.OpenAsync(Ct);

        await Expect(chat.Page.Locator(WebChatSession.BotBubble).First).ToContainTextAsync("Framework Advisor");
        await Expect(chat.Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("Framework Advisor"));
        Assert.Equal(0, await chat.Page.Locator(WebChatSession.UserBubble).CountAsync());
        await chat.ScreenshotAsync("welcome");
    }

    [Fact]
    public async Task TypedMessage_IsSentAndAnswered()
    {
        await using var chat = await WebChatSession.OpenAsync(Ct);
        var bots = chat.Page.Locator(WebChatSession.BotBubble);
        await Expect(bots.First).ToBeVisibleAsync();
        var before = await bots.CountAsync();

        await chat.TypeAsync("hello there");

        await Expect(chat.Page.Locator(WebChatSession.UserBubble).Last).ToContainTextAsync("hello there");
        await Expect(bots).Not.ToHaveCountAsync(before);
        await Expect(chat.Page.GetByText("Send failed")).ToHaveCountAsync(0);
        await chat.ScreenshotAsync("typed-message");
    }

    [Fact]
    public async Task WebChatBundle_IsServedByTheAppItself()
    {
        await using var chat = await WebChatSession.OpenAsync(Ct);

        var response = await chat.Page.APIRequest.GetAsync(new Uri(chat.Address, "lib/webchat.js").ToString());

        Assert.Equal(200, response.Status);
        Assert.Equal("object", await chat.Page.EvaluateAsync<string>("typeof window.WebChat"));
    }
}
