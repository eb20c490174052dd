using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Bot.Core.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Advisor.LoadBench;

/// <summary>
/// Normal delivery: the bot POSTs each reply to the serviceUrl, a Bot Connector stand-in hosted here
/// on 127.0.0.1 and a free port. A turn's latency is the time until /api/messages answers, by which
/// time the bot has sent its replies.
/// </summary>
internal sealed class SinkChannel : IInterviewChannel
{
    private readonly HttpClient _client;
    private readonly WebApplication _sink;
    private readonly ConcurrentDictionary<string, string> _lastText = new(StringComparer.Ordinal);

    private SinkChannel(HttpClient client, WebApplication sink)
    {
        _client = client;
        _sink = sink;
    }

    /// <summary>Where the sink listens; known once it started.</summary>
    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1:1/");

    public static async Task<SinkChannel> StartAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var sink = builder.Build();
        var channel = new SinkChannel(client, sink);
        sink.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", channel.ReceiveAsync);
        await sink.StartAsync(cancellationToken);
        var address = sink.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel.ServiceUrl = new Uri(address + "/");
        return channel;
    }

    public async Task<string?> PlayAsync(string conversationId, IReadOnlyList<string> messages, Action<TimeSpan> turnDone, CancellationToken cancellationToken)
    {
        for (var turn = -1; turn < messages.Count; turn++)
        {
            var activity = turn < 0
                ? Activities.Join(conversationId, ServiceUrl, expectReplies: false)
                : Activities.Message(conversationId, ServiceUrl, expectReplies: false, messages[turn]);
            var started = Stopwatch.GetTimestamp();
            using var response = await Activities.PostAsync(_client, activity, cancellationToken);
            turnDone(Stopwatch.GetElapsedTime(started));
        }

        return _lastText.TryRemove(conversationId, out var last) ? last : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _sink.StopAsync(CancellationToken.None);
        await _sink.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(string conversationId, HttpRequest request, CancellationToken cancellationToken)
    {
        var activity = await JsonSerializer.DeserializeAsync(request.Body, BotJsonContext.Default.Activity, cancellationToken);
        if (activity?.Text is { } text)
        {
            _lastText[conversationId] = text;
        }

        return TypedResults.Json(new ResourceResponse(Guid.NewGuid().ToString("N")), BotJsonContext.Default.ResourceResponse);
    }
}
