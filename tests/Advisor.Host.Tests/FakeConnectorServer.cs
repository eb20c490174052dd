using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Advisor.Host.Tests;

/// <summary>How the fake channel misbehaves (issue 13, the fault-injection suite).</summary>
public enum ConnectorFault
{
    None,

    /// <summary>Never answers; holds the request until the bot gives up on it.</summary>
    Hang,

    /// <summary>Drops the connection without an answer, as a refused or reset connection does.</summary>
    Abort,

    /// <summary>Answers 500 with an error body.</summary>
    ServerError,

    /// <summary>Answers 429 with <c>Retry-After: 20</c>.</summary>
    Throttle,

    /// <summary>Answers 200 with a body far larger than any resource response.</summary>
    HugeBody,
}

/// <summary>
/// A channel's connector on 127.0.0.1 with an ephemeral port: records every request the bot makes
/// (method, raw path, Authorization, body, the headers channels log) and answers 200 with a new
/// activity id, or misbehaves as <see cref="Fault"/> says.
/// </summary>
public sealed class FakeConnectorServer : IAsyncDisposable
{
    public const int HugeBodyBytes = 8 * 1024 * 1024;
    private readonly WebApplication _app;
    private int _nextId;

    private FakeConnectorServer(WebApplication app) => _app = app;

    public ConcurrentQueue<ConnectorRequest> Requests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    /// <summary>How the next requests are answered; <see cref="ConnectorFault.None"/> by default.</summary>
    public ConnectorFault Fault { get; set; }

    /// <summary>The texts of the activities the bot delivered (answered 2xx), in order.</summary>
    public IEnumerable<string?> DeliveredTexts => Requests.Where(r => r.Delivered).Select(r => TextOf(r.Body));

    public static async Task<FakeConnectorServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeConnectorServer(app);
        app.Map("{**path}", server.AnswerAsync);
        await app.StartAsync(cancellationToken);
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return server;
    }

    private async Task AnswerAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        var fault = Fault;
        var rawTarget = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var headers = http.Request.Headers;
        Requests.Enqueue(new ConnectorRequest(http.Request.Method, rawTarget, headers.Authorization.ToString(), body,
            http.Request.ContentLength, headers.TransferEncoding.ToString(), headers.UserAgent.ToString(), fault is ConnectorFault.None or ConnectorFault.HugeBody));
        switch (fault)
        {
            case ConnectorFault.Hang:
                await AbortedAsync(http.RequestAborted);
                return;
            case ConnectorFault.Abort:
                http.Abort();
                return;
            case ConnectorFault.ServerError:
                http.Response.StatusCode = 500;
                await http.Response.WriteAsJsonAsync(new { error = new { code = "ServiceError", message = "down" } }, http.RequestAborted);
                return;
            case ConnectorFault.Throttle:
                http.Response.StatusCode = 429;
                http.Response.Headers.RetryAfter = "20";
                return;
            case ConnectorFault.HugeBody:
                await WriteHugeBodyAsync(http.Response, http.RequestAborted);
                return;
            default:
                await http.Response.WriteAsJsonAsync(new { id = $"reply-{Interlocked.Increment(ref _nextId)}" }, http.RequestAborted);
                return;
        }
    }

    private static async Task WriteHugeBodyAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = "application/json";
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)' ');
        try
        {
            for (var written = 0; written < HugeBodyBytes; written += chunk.Length)
            {
                await response.Body.WriteAsync(chunk, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The bot stopped reading, as it should.
        }
    }

    private static Task AbortedAsync(CancellationToken aborted)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        aborted.Register(() => signal.TrySetResult());
        return signal.Task;
    }

    private static string? TextOf(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("text", out var text) ? text.GetString() : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request the bot made to the fake connector; <see cref="Delivered"/> when it was answered 2xx.</summary>
public sealed record ConnectorRequest(string Method, string RawTarget, string Authorization, string Body,
    long? ContentLength = null, string TransferEncoding = "", string UserAgent = "", bool Delivered = true);
