using System.Net.WebSockets;
using Bot.Core.Telemetry;
using Bot.DirectLine.Conversations;
using Bot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.DirectLine.Endpoints;

/// <summary>
/// <c>GET /conversations/{id}/stream?t=&amp;watermark=</c>, the WebSocket stream (protocol doc §5.2): the
/// token comes in <c>t</c> (no header on an upgrade), what came after the watermark is replayed, then
/// every new activity is sent as an ActivitySet text frame. Client frames (DirectLineJS's empty pings)
/// are read and ignored. The socket is closed normally with a reason when the conversation's tokens
/// expire (<see cref="StreamExpiry"/>) or the store evicts it.
/// </summary>
internal static class StreamEndpoint
{
    private const int MaxClientFrameBytes = 4096;

    public static async Task<IResult> ConnectAsync(
        string conversationId, HttpContext http, TokenService tokens, ConversationStore conversations,
        TimeProvider time, IHostApplicationLifetime lifetime, ILogger<StreamSubscription> logger)
    {
        if (DirectLineHttp.Authorize(tokens, http.Request.Query["t"], conversationId, out _) is { } rejection)
        {
            return rejection;
        }

        if (conversations.Find(conversationId) is not { } conversation)
        {
            return DirectLineHttp.Error(404, "BadArgument", "Unknown conversation.");
        }

        if (!DirectLineHttp.TryParseWatermark(http.Request.Query["watermark"], out var watermark))
        {
            return DirectLineHttp.Error(400, "BadArgument", "The watermark is not valid.");
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineHttp.Error(400, "BadArgument", "This URL takes a WebSocket upgrade.");
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var subscription = conversation.Subscribe(watermark);
        using var expiry = new StreamExpiry(conversation, subscription, time);
        BotTelemetry.DirectLineConnectionChanged(+1);
        try
        {
            var receiving = IgnoreClientFramesAsync(socket, stop);
            await SendFramesAsync(socket, subscription, stop.Token);
            await CloseAsync(socket, subscription.CloseReason ?? "closed");
            stop.CancelAfter(TimeSpan.FromSeconds(2));
            await receiving;
        }
        finally
        {
            BotTelemetry.DirectLineConnectionChanged(-1);
            conversation.Unsubscribe(subscription);
        }

        Log.StreamClosed(logger, conversationId, subscription.CloseReason ?? "closed");
        return TypedResults.Empty;
    }

    private static async Task SendFramesAsync(WebSocket socket, StreamSubscription subscription, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var frame in subscription.ReadAllAsync(cancellationToken))
            {
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            subscription.Close("disconnected");
        }
    }

    /// <summary>Reads until the client closes or sends something it should not; then stops the sender.</summary>
    private static async Task IgnoreClientFramesAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[MaxClientFrameBytes];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close || result.Count == MaxClientFrameBytes)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The connection ended; the sender is stopped below.
        }

        await stop.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(reason == "collision" ? WebSocketCloseStatus.PolicyViolation : WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The peer is gone already; nothing to tell it.
        }
    }
}
