using Advisor.Host;
using Bot.Core.State;
using Bot.Core.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Advisor.EndToEnd.Tests;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 (ephemeral port, memory storage) and one Chromium page on its
/// Web Chat, with the Web Chat selectors the tests use in one place.
/// </summary>
public sealed class WebChatSession : IAsyncDisposable
{
    public const string BotBubble = ".webchat__bubble:not(.webchat__bubble--from-user)";
    public const string UserBubble = ".webchat__bubble--from-user";
    public const string SendBox = "[data-id='webchat-sendbox-input']";
    public const string SuggestedAction = "button.webchat__suggested-action";
    public const string AdaptiveCard = ".ac-adaptiveCard";

    /// <summary>A card that asks for a choice from a long list (a compact choice set renders as a select).</summary>
    public const string ChoiceCard = ".ac-adaptiveCard:has(select)";

    /// <summary>Any other card, such as the recommendation.</summary>
    public const string ResultCard = ".ac-adaptiveCard:not(:has(select))";

    private readonly WebApplication _app;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private WebChatSession(WebApplication app, IPlaywright playwright, IBrowser browser, IPage page, Uri address)
    {
        _app = app;
        _playwright = playwright;
        _browser = browser;
        Page = page;
        Address = address;
    }

    public IPage Page { get; }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>True while the host still runs the placeholder bot that only greets (before the advisor conversation lands).</summary>
    public bool RunsPlaceholderBot => Services.GetRequiredService<IBot>().GetType().Name == "GreetingBot";

    public static async Task<WebChatSession> OpenAsync(CancellationToken cancellationToken, int width = 420, int height = 860, Action<IServiceCollection>? configure = null)
    {
        var (playwright, browser) = await ChromiumBrowser.LaunchAsync();
        var app = AdvisorApp.Create(["--urls", "http://127.0.0.1:0"], services =>
        {
            services.AddSingleton<IStorage, MemoryStorage>();
            configure?.Invoke(services);
        });
        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(address.ToString());
        return new WebChatSession(app, playwright, browser, page, address);
    }

    public async Task TypeAsync(string text)
    {
        await Page.Locator(SendBox).FillAsync(text);
        await Page.Locator(SendBox).PressAsync("Enter");
    }

    /// <summary>Picks the first real option of a choice-set card and presses its Send button.</summary>
    public static async Task SubmitFirstChoiceAsync(ILocator choiceCard)
    {
        var select = choiceCard.Locator("select");
        var first = await select.EvaluateAsync<string>("s => [...s.options].find(o => o.value).value");
        await select.SelectOptionAsync(first);
        await choiceCard.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
    }

    /// <summary>Saves a full-page screenshot to TestResults/screenshots next to the test assembly and attaches it to the test.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        var png = await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(name, png, "image/png");
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
