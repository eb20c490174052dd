using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Core.Connector;
using Bot.Core.Schema;
using Bot.Core.Turns;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Host.Tests;

/// <summary>
/// The real app with an app id (issue #7), over HTTP: channel tokens signed by keys a loopback OpenID
/// server publishes get in, forged ones get 401 and never reach the bot, and replies carry the bot's
/// token from a loopback token endpoint, but only to service URLs that arrived authenticated.
/// </summary>
public sealed class AuthEndToEndTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string Tenant = "tenant-1";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingBot _bot = new();
    private TestIdentityServer _identity = null!;
    private FakeConnectorServer _connector = null!;
    private FakeConnectorServer _elsewhere = null!;
    private BotHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _identity = await TestIdentityServer.StartAsync(Ct);
        _connector = await FakeConnectorServer.StartAsync(Ct);
        _elsewhere = await FakeConnectorServer.StartAsync(Ct);
        _bot.Elsewhere = _elsewhere.BaseUrl;
        _host = await BotHost.StartAsync(Ct, services =>
        {
            services.AddSingleton<TimeProvider>(_time);
            services.AddSingleton<IBot>(_bot);
        },
            $"--MicrosoftAppId={AppId}",
            "--MicrosoftAppType=SingleTenant",
            $"--MicrosoftAppTenantId={Tenant}",
            "--MicrosoftAppPassword=test-secret",
            $"--ToBotFromChannelOpenIdMetadataUrl={_identity.ChannelMetadataUrl}",
            $"--ToBotFromEmulatorOpenIdMetadataUrl={_identity.EmulatorMetadataUrl}",
            $"--ToChannelFromBotLoginUrl={_identity.LoginUrl(Tenant)}");
        _bot.Connector = _host.Services.GetRequiredService<IConnectorClient>();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _elsewhere.DisposeAsync();
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
    }

    private JsonObject TeamsMessage(string text) => new()
    {
        ["type"] = "message",
        ["id"] = "1732536000000",
        ["channelId"] = "msteams",
        ["serviceUrl"] = _connector.BaseUrl,
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "User" },
        ["recipient"] = new JsonObject { ["id"] = $"28:{AppId}", ["name"] = "Advisor" },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-chat-1", ["conversationType"] = "personal" },
        ["text"] = text,
    };

    private string ChannelToken(string keyId = TestIdentityServer.ChannelKeyId) =>
        _identity.Sign(keyId, TestIdentityServer.ChannelClaims(AppId, _connector.BaseUrl, _time.GetUtcNow()));

    private Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        }

        return _host.Client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task ValidChannelToken_Gets200_AndTheReplyCarriesTheBotsToken()
    {
        var response = await PostAsync(TeamsMessage("hello"), ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _bot.Turns);
        var reply = Assert.Single(_connector.Requests);
        Assert.Equal("Bearer outbound-token-1", reply.Authorization);
        var tokenRequest = Assert.Single(_identity.TokenRequests);
        Assert.Equal((Tenant, "client_credentials", "https://api.botframework.com/.default"), (tokenRequest.Tenant, tokenRequest.Fields["grant_type"], tokenRequest.Fields["scope"]));
    }

    [Fact]
    public async Task ForgedToken_Gets401WithoutDetail_AndTheBotNeverRuns()
    {
        _identity.AddUnpublishedKey("attacker-key");

        var response = await PostAsync(TeamsMessage("hello"), ChannelToken("attacker-key"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("key", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, _bot.Turns);
        Assert.Empty(_connector.Requests);
        Assert.Empty(_identity.TokenRequests);
    }

    [Fact]
    public async Task SigningKeysUnavailable_Gets503WithRetryAfter_SoTheChannelRetries()
    {
        // Issue 13: 401 made the channel drop the message although the fault was ours and temporary.
        await using var keyless = await BotHost.StartAsync(Ct, services => services.AddSingleton<TimeProvider>(_time),
            $"--MicrosoftAppId={AppId}",
            "--MicrosoftAppType=SingleTenant",
            $"--MicrosoftAppTenantId={Tenant}",
            "--MicrosoftAppPassword=test-secret",
            "--ToBotFromChannelOpenIdMetadataUrl=http://127.0.0.1:9/unreachable",
            $"--ToChannelFromBotLoginUrl={_identity.LoginUrl(Tenant)}");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(TeamsMessage("hello").ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {ChannelToken()}");

        var response = await keyless.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task NoToken_Gets401_AndTheBotNeverRuns()
    {
        var response = await PostAsync(TeamsMessage("hello"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task SendToAServiceUrlThatNeverArrivedAuthenticated_CarriesNoToken()
    {
        var response = await PostAsync(TeamsMessage(RecordingBot.SendElsewhere), ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", Assert.Single(_elsewhere.Requests).Authorization);
        Assert.Equal("Bearer outbound-token-1", Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task WebChatThroughTheBuiltInDirectLine_StillWorks_AndAsksForNoBotToken()
    {
        // The page's Direct Line token is all the browser has; its turns never pass channel auth,
        // and the replies stay in process, so no outbound token is fetched for them.
        using var generated = await _host.Client.PostAsync("/v3/directline/tokens/generate", null, Ct);
        var session = JsonNode.Parse(await generated.Content.ReadAsStringAsync(Ct))!;
        var (conversationId, token) = ((string)session["conversationId"]!, (string)session["token"]!);

        using var started = await SendDirectLineAsync(HttpMethod.Post, "/v3/directline/conversations", token, null);
        using var posted = await SendDirectLineAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token,
            """{"type":"message","text":"hello","from":{"id":"someone","role":"user"}}""");
        using var read = await SendDirectLineAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token, null);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (started.StatusCode, posted.StatusCode, read.StatusCode));
        var texts = JsonNode.Parse(await read.Content.ReadAsStringAsync(Ct))!["activities"]!.AsArray().Select(a => (string?)a!["text"]);
        Assert.Equal(["hi", "hello", "hi"], texts);
        Assert.Equal(2, _bot.Turns);
        Assert.Empty(_identity.TokenRequests);
        Assert.Empty(_connector.Requests);
    }

    private async Task<HttpResponseMessage> SendDirectLineAsync(HttpMethod method, string path, string token, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await _host.Client.SendAsync(request, Ct);
    }

    /// <summary>Replies once; on <see cref="SendElsewhere"/> also posts to a service URL no authenticated activity came from.</summary>
    private sealed class RecordingBot : IBot
    {
        public const string SendElsewhere = "send elsewhere";
        private int _turns;

        public int Turns => Volatile.Read(ref _turns);

        public string Elsewhere { get; set; } = "";

        public IConnectorClient? Connector { get; set; }

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _turns);
            await turnContext.SendActivityAsync("hi", cancellationToken);
            if (turnContext.Activity.Text == SendElsewhere)
            {
                await Connector!.SendToConversationAsync(Elsewhere, "conv-elsewhere", new Activity { Type = ActivityTypes.Message, Text = "psst" }, cancellationToken);
            }
        }
    }
}
