using Microsoft.Extensions.FileProviders;

namespace Advisor.Host;

/// <summary>
/// Serves the Web Chat page at <c>/</c> from <c>wwwroot</c> next to the app's assembly (the build
/// copies it there, Web Chat's bundle included: ClientApp/WebChat.targets), so the page is found the
/// same way under <c>dotnet run</c>, in tests that start the app from another folder, and when published.
/// </summary>
internal static class WebChatPage
{
    public static WebApplication UseWebChatPage(this WebApplication app)
    {
        var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }
}
