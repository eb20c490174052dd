using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Core.State;
using Bot.Core.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Host.Tests;

/// <summary>Every malformed request gets its status, never reaches the bot and changes no state.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private const int Limit = 4096;
    private readonly CountingBot _bot = new();
    private BotHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = await BotHost.StartAsync(Ct, s => s.AddSingleton<IBot>(sp =>
        {
            _bot.State = sp.GetRequiredService<ConversationState>();
            return _bot;
        }), "--Bot:MaxRequestBodyBytes=" + Limit);

        // One accepted turn first, so there is state that a bad request could damage.
        var ok = await Post(Valid().ToJsonString());
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(1, _bot.Turns);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private static JsonObject Valid() => JsonNode.Parse("""
        {"type":"message","id":"a1","channelId":"emulator","serviceUrl":"http://127.0.0.1:9","deliveryMode":"expectReplies",
         "from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"conv-1"},"text":"hi"}
        """)!.AsObject();

    private Task<HttpResponseMessage> Post(string body, string contentType = "application/json") =>
        _host.Client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, contentType), Ct);

    private static string TooLarge() =>
        new JsonObject { ["type"] = "message", ["channelId"] = "emulator", ["serviceUrl"] = "http://127.0.0.1:9", ["conversation"] = new JsonObject { ["id"] = "conv-1" }, ["text"] = new string('x', Limit) }.ToJsonString();

    public static TheoryData<string, string, HttpStatusCode> Rejected => new()
    {
        { "malformed JSON", """{"type":"message",""", HttpStatusCode.BadRequest },
        { "not an object", """["type","message"]""", HttpStatusCode.BadRequest },
        { "JSON null", "null", HttpStatusCode.BadRequest },
        { "wrong field type", """{"type":"message","conversation":{"id":"conv-1"},"timestamp":42}""", HttpStatusCode.BadRequest },
        { "missing type", """{"channelId":"emulator","serviceUrl":"http://127.0.0.1:9","conversation":{"id":"conv-1"}}""", HttpStatusCode.BadRequest },
        { "missing conversation id", """{"type":"message","channelId":"emulator","serviceUrl":"http://127.0.0.1:9","conversation":{}}""", HttpStatusCode.BadRequest },
        { "missing serviceUrl for normal delivery", """{"type":"message","channelId":"emulator","conversation":{"id":"conv-1"}}""", HttpStatusCode.BadRequest },
        { "serviceUrl not http", """{"type":"message","channelId":"emulator","serviceUrl":"file:///etc/passwd","conversation":{"id":"conv-1"}}""", HttpStatusCode.BadRequest },
        { "too large", TooLarge(), HttpStatusCode.RequestEntityTooLarge },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task BadRequest_IsRejectedWithProblemDetailsAndChangesNothing(string why, string body, HttpStatusCode expected)
    {
        var before = await Snapshot();

        var response = await Post(body);

        Assert.True(expected == response.StatusCode, $"{why}: got {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(" at ", problem, StringComparison.Ordinal);
        Assert.Equal(1, _bot.Turns);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task WrongContentType_Is415()
    {
        var response = await Post(Valid().ToJsonString(), "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(1, _bot.Turns);
    }

    [Fact]
    public async Task OversizedChunkedBodyWithoutContentLength_Is413()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', Limit * 2) + Valid().ToJsonString())));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(1, _bot.Turns);
    }

    [Fact]
    public async Task UnknownActivityType_Is200AndIgnored()
    {
        var unknown = Valid();
        unknown["type"] = "holographicProjection";
        var before = await Snapshot();

        var response = await Post(unknown.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _bot.Turns);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task ForgedTokenWithoutAppId_Is401WithoutTheReason()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(Valid().ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.");

        var response = await _host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("MicrosoftAppId", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Authorization", body, StringComparison.Ordinal);
        Assert.Equal(1, _bot.Turns);
    }

    private async Task<string> Snapshot()
    {
        var items = await _host.Storage.ReadAsync(["emulator/conversations/conv-1"], Ct);
        return string.Join("|", items.Select(i => i.Key + "=" + i.Value.Value.GetRawText() + "@" + i.Value.ETag));
    }

    /// <summary>Counts turns and bumps a counter in conversation state on each one.</summary>
    private sealed class CountingBot : IBot
    {
        private int _turns;

        public int Turns => _turns;

        public ConversationState? State { get; set; }

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _turns);
            var counter = State!.CreateProperty("turns", HostTestJson.Default.TurnCounter);
            (await counter.GetAsync(turnContext, () => new TurnCounter(), cancellationToken)).Count++;
            await State.SaveChangesAsync(turnContext, false, cancellationToken);
        }
    }
}

public sealed class TurnCounter
{
    public int Count { get; set; }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(TurnCounter))]
internal sealed partial class HostTestJson : System.Text.Json.Serialization.JsonSerializerContext;
