using Bot.Core.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Host.Tests;

/// <summary>The real app on real Kestrel at 127.0.0.1 with an ephemeral port, optionally with swapped services.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public MemoryStorage Storage => (MemoryStorage)_app.Services.GetRequiredService<IStorage>();

    public static async Task<BotHost> StartAsync(CancellationToken cancellationToken, Action<IServiceCollection>? configure = null, params string[] settings)
    {
        // Typing off unless a test sets it: whether a turn outlasts the typing delay depends on the machine's load.
        // Memory unless the test names a store (issue 14).
        var storeNamed = settings.Any(s => s.StartsWith("--Storage:Provider=", StringComparison.Ordinal));
        var app = AdvisorApp.Create(["--urls", "http://127.0.0.1:0", "--Bot:Typing:Delay=00:00:00", .. settings], services =>
        {
            if (!storeNamed)
            {
                services.AddSingleton<IStorage, MemoryStorage>();
            }

            configure?.Invoke(services);
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new BotHost(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    /// <summary>A graceful stop, as on SIGTERM: the client stays usable for the requests in flight.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
