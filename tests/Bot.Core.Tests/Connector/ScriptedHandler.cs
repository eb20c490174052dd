using System.Net;

namespace Bot.Core.Tests.Connector;

/// <summary>A channel that answers each request from a script, and records what it was sent and when.</summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _script = new();

    public List<(string Uri, string? Authorization, string Body, DateTimeOffset At, HttpRequestMessage Message)> Requests { get; } = [];

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public void Enqueue(HttpStatusCode status, string body, int? retryAfterSeconds = null) => _script.Enqueue(_ =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }

        return Task.FromResult(response);
    });

    /// <summary>The channel never answers: the request waits until the bot gives up on it.</summary>
    public void EnqueueHang() => _script.Enqueue(async cancellationToken =>
    {
        var gaveUp = new TaskCompletionSource();
        using (cancellationToken.Register(() => gaveUp.TrySetResult()))
        {
            await gaveUp.Task;
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("unreachable");
    });

    /// <summary>What HttpClient's own time-out throws: a cancellation nobody asked for.</summary>
    public void EnqueueClientTimeout() => _script.Enqueue(_ => Task.FromException<HttpResponseMessage>(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout")));

    public void Enqueue(HttpResponseMessage response) => _script.Enqueue(_ => Task.FromResult(response));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.RequestUri!.AbsoluteUri, request.Headers.Authorization?.ToString(), body, Clock.GetUtcNow(), request));
        return await _script.Dequeue()(cancellationToken);
    }
}
