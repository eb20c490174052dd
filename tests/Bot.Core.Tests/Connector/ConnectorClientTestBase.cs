using Bot.Core.Authentication;
using Bot.Core.Connector;
using Bot.Core.Schema;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Connector;

/// <summary>
/// The connector client as the app registers it (retries, time-outs, token handler) over a scripted
/// channel and a fake clock; each behaviour's tests derive from this.
/// </summary>
public abstract class ConnectorClientTestBase : IDisposable
{
    private readonly List<ServiceProvider> _providers = [];

    protected ConnectorClientTestBase() => Handler = new ScriptedHandler { Clock = Time };

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    internal ScriptedHandler Handler { get; }

    internal RecordingLogger<HttpConnectorClient> Logger { get; } = new();

    public void Dispose()
    {
        _providers.ForEach(p => p.Dispose());
        Handler.Dispose();
        GC.SuppressFinalize(this);
    }

    internal HttpConnectorClient CreateSut(string? token = null) => CreateSut(new FixedToken(token));

    internal HttpConnectorClient CreateSut(IAccessTokenProvider tokens)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ILogger<HttpConnectorClient>>(Logger);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(tokens);
        services.AddConnectorHttpClient();
        services.AddHttpClient(HttpConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Handler);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return new HttpConnectorClient(provider.GetRequiredService<IHttpClientFactory>(), Logger);
    }

    protected static Activity Reply() => new() { Type = ActivityTypes.Message, Text = "hi", ReplyToId = "a1" };

    protected async Task<T> RunWithClockAsync<T>(Task<T> task)
    {
        for (var i = 0; i < 200 && !task.IsCompleted; i++)
        {
            Time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(TimeSpan.FromMilliseconds(1), TimeProvider.System, TestContext.Current.CancellationToken);
        }

        return await task;
    }
}
