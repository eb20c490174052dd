using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Advisor.EndToEnd.Tests;

/// <summary>
/// Behind a proxy that does not pass WebSockets (issue 15), the page falls back to polling on the same
/// conversation instead of retrying the socket forever: the welcome arrives and a message is answered.
/// </summary>
public sealed class WebSocketFallbackTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_WhenTheStreamCannotOpen_PollsAndStillConverses()
    {
        var refusals = new StreamRefusal();
        await using var chat = await WebChatSession.OpenAsync(Ct, configure: services => services.AddSingleton<IStartupFilter>(refusals));
        var bots = chat.Page.Locator(WebChatSession.BotBubble);

        await Expect(bots.First).ToContainTextAsync("Framework Advisor");
        var before = await bots.CountAsync();
        await chat.TypeAsync("hello there");

        await Expect(chat.Page.Locator(WebChatSession.UserBubble).Last).ToContainTextAsync("hello there");
        await Expect(bots).Not.ToHaveCountAsync(before);
        await Expect(chat.Page.GetByText("Send failed")).ToHaveCountAsync(0);
        Assert.True(refusals.Count >= 1, "The page never tried the WebSocket.");
    }

    /// <summary>Answers every stream upgrade 502, as a proxy without WebSocket support does.</summary>
    private sealed class StreamRefusal : IStartupFilter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, proceed) =>
            {
                if (http.Request.Path.Value?.EndsWith("/stream", StringComparison.Ordinal) == true)
                {
                    Interlocked.Increment(ref _count);
                    http.Response.StatusCode = StatusCodes.Status502BadGateway;
                    return;
                }

                await proceed(http);
            });
            next(app);
        };
    }
}
