using Advisor.Host.Health;
using Advisor.Host.Proxy;
using Advisor.Host.Security;
using Advisor.Host.Telemetry;
using Bot.Core.Hosting;
using Bot.Dialogs.Recognition;
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
        // Before anything makes a regex: the runtime reads the process-wide match time-out once (issue 13, R1).
        RecognitionLimits.ApplyProcessMatchTimeout();
        // Settings files are read once (issue 16): reloading them watched the whole content root, and
        // the SQLite state file under data/ woke that watcher on every turn (~15% CPU per turn under
        // load). A later --hostBuilder:reloadConfigOnChange=true still turns it back on.
        var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
        configureServices?.Invoke(builder.Services);
        builder.AddProxyHeaders();
        builder.AddAdvisorTelemetry();
        builder.Services.AddProblemDetails();
        builder.Services.AddBotStorage(builder.Configuration);
        builder.Services.AddBotFramework();
        builder.Services.AddDirectLine();
        builder.Services.AddAdvisorBot();
        builder.Services.AddAdvisorHealth();

        var app = builder.Build();
        app.UseProxyHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWebChatPage();
        app.MapBotMessages("/api/messages");
        app.MapDirectLine();
        app.MapAdvisorHealth();
        return app;
    }
}
