using Bot.Core.Hosting;
using Bot.DirectLine;

namespace Advisor.Host;

/// <summary>
/// The app's table of contents. Tests build the same app, with a callback
/// swapping real dependencies for test ones, and run it on real Kestrel on 127.0.0.1.
/// </summary>
public static class AdvisorApp
{
    public static WebApplication Create(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configureServices?.Invoke(builder.Services);
        builder.Services.AddProblemDetails();
        builder.Services.AddBotStorage(builder.Configuration);
        builder.Services.AddBotFramework();
        builder.Services.AddDirectLine();
        builder.Services.AddAdvisorBot();
        builder.Services.AddHealthChecks();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWebChatPage();
        app.MapBotMessages("/api/messages");
        app.MapDirectLine();
        app.MapHealthChecks("/healthz");
        return app;
    }
}
