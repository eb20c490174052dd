using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Advisor.Host.Tests;

/// <summary>
/// A channel's connector on 127.0.0.1 with an ephemeral port: records every request the bot makes
/// (method, raw path, Authorization, body) and answers 200 with a new activity id.
/// </summary>
public sealed class FakeConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _nextId;

    private FakeConnectorServer(WebApplication app) => _app = app;

    public ConcurrentQueue<ConnectorRequest> Requests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeConnectorServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeConnectorServer(app);
        app.Map("{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync(http.RequestAborted);
            var rawTarget = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
            server.Requests.Enqueue(new ConnectorRequest(http.Request.Method, rawTarget, http.Request.Headers.Authorization.ToString(), body));
            return Results.Json(new { id = $"reply-{Interlocked.Increment(ref server._nextId)}" });
        });
        await app.StartAsync(cancellationToken);
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ConnectorRequest(string Method, string RawTarget, string Authorization, string Body);
