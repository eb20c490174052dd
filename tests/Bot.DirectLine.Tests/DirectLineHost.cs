using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Core.Hosting;
using Bot.Core.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.DirectLine.Tests;

/// <summary>A minimal bot host with the Direct Line endpoint and /api/messages, on Kestrel at 127.0.0.1 with an ephemeral port and a fake clock.</summary>
public sealed class DirectLineHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DirectLineHost(WebApplication app, Uri baseAddress, FakeTimeProvider time, RecordingBot bot, LogRecorder logs)
    {
        _app = app;
        Logs = logs;
        BaseAddress = baseAddress;
        Time = time;
        Bot = bot;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public RecordingBot Bot { get; }

    /// <summary>Every message the host logged, formatted.</summary>
    public LogRecorder Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<DirectLineHost> StartAsync(CancellationToken cancellationToken, params string[] settings)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0", .. settings]);
        builder.WebHost.UseKestrelCore();
        builder.Logging.ClearProviders();
        var logs = new LogRecorder();
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var bot = new RecordingBot();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IBot>(bot);
        builder.Services.AddBotFramework();
        builder.Services.AddDirectLine();
        var app = builder.Build();
        app.MapDirectLine();
        app.MapBotMessages();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new DirectLineHost(app, new Uri(address), time, bot, logs);
    }

    /// <summary>A token from the built-in generate endpoint.</summary>
    public async Task<(string ConversationId, string Token)> GenerateTokenAsync(CancellationToken cancellationToken)
    {
        using var response = await Client.PostAsync("/v3/directline/tokens/generate", null, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
        return ((string)body["conversationId"]!, (string)body["token"]!);
    }

    /// <summary>A token whose conversation is started (the bot has welcomed the user).</summary>
    public async Task<(string ConversationId, string Token, JsonObject Started)> StartConversationAsync(CancellationToken cancellationToken)
    {
        var (conversationId, token) = await GenerateTokenAsync(cancellationToken);
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, """{"user":{"id":"ignored"},"locale":"en-GB"}""", cancellationToken);
        Assert.Equal(201, (int)response.StatusCode);
        return (conversationId, token, (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await Client.SendAsync(request, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
