using Bot.Core.Authentication;
using Bot.Core.Connector;
using Bot.Core.Hosting;
using Bot.Core.Schema;
using Bot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Authentication;

/// <summary>
/// The Bot Framework layer as <c>AddBotFramework()</c> wires it, configured with an app id and the
/// metadata and login overrides pointing at a <see cref="TestIdentityServer"/>, on a fake clock.
/// </summary>
internal sealed class AuthFixture : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "tenant-1";
    public const string ServiceUrl = "https://smba.trafficmanager.net/teams/";

    private readonly ServiceProvider _services;

    private AuthFixture(TestIdentityServer identity, ServiceProvider services, FakeTimeProvider time)
    {
        Identity = identity;
        _services = services;
        Time = time;
    }

    public TestIdentityServer Identity { get; }

    public FakeTimeProvider Time { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    public IServiceProvider Services => _services;

    public RecordingLogger<BotAccessTokenProvider> TokenLog { get; } = new();

    public RecordingConnector Connector { get; } = new();

    public static Task<AuthFixture> StartAsync(CancellationToken cancellationToken, params (string Key, string Value)[] settings) =>
        StartAsync(_ => settings, cancellationToken);

    /// <summary>Starts with extra settings, which may name the identity server's URLs.</summary>
    public static async Task<AuthFixture> StartAsync(Func<TestIdentityServer, IEnumerable<(string Key, string Value)>> settings, CancellationToken cancellationToken)
    {
        var identity = await TestIdentityServer.StartAsync(cancellationToken);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = TenantId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = identity.ChannelMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = identity.EmulatorMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = identity.LoginUrl(TenantId),
        }).AddInMemoryCollection(settings(identity).ToDictionary(s => s.Key, s => (string?)s.Value)).Build();
        AuthFixture? fixture = null;
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<ILogger<BotAccessTokenProvider>>(_ => fixture!.TokenLog)
            .AddSingleton<IConnectorClient>(_ => fixture!.Connector)
            .AddBotFramework()
            .BuildServiceProvider();
        fixture = new AuthFixture(identity, services, time);
        return fixture;
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Runs the options validation that start-up runs.</summary>
    public BotFrameworkOptions Options => _services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

    private static int s_nextId;

    public static Activity Message(string channelId = Channels.MsTeams, string serviceUrl = ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"in-{Interlocked.Increment(ref s_nextId)}", // A repeated id would be answered without a turn (issue 12).
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount("user-1"),
        Recipient = new ChannelAccount("bot-1"),
        Conversation = new ConversationAccount("conv-1"),
        Text = "hi",
    };

    /// <summary>Authenticates and runs a turn through the real adapter; says whether the bot ran.</summary>
    public async Task<(int Status, bool BotRan)> PostAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        var ran = false;
        var outcome = await Get<CloudAdapter>().ProcessActivityAsync(authorization, activity, (_, _) =>
        {
            ran = true;
            return Task.CompletedTask;
        }, cancellationToken);
        return (outcome.StatusCode, ran);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
