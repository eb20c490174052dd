using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.DirectLine.Tests;

/// <summary>POST /api/webchat/token: the built-in endpoint's token, or Azure's for a configured secret (here a loopback fake).</summary>
public sealed class WebChatTokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithoutSecret_GivesABuiltInTokenThatStartsAConversation()
    {
        await using var host = await DirectLineHost.StartAsync(Ct);

        using var response = await host.Client.PostAsync("/api/webchat/token", null, Ct);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        using var start = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (string)body["token"]!, null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("dl_", (string)body["userId"]!, StringComparison.Ordinal);
        Assert.False(body.ContainsKey("domain"));
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        Assert.Equal((string)body["userId"]!, host.Bot.Received.Single().From!.Id);
    }

    [Fact]
    public async Task WithSecret_ExchangesItAtAzure_AndNeverSendsItToThePage()
    {
        await using var azure = await FakeAzure.StartAsync();
        await using var host = await DirectLineHost.StartAsync(Ct, "--DirectLine:Secret=s3cret", $"--DirectLine:AzureEndpoint={azure.BaseUrl}v3/directline");

        using var response = await host.Client.PostAsync("/api/webchat/token", null, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var body = JsonNode.Parse(text)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("azure-token", $"{azure.BaseUrl}v3/directline"), ((string)body["token"]!, (string)body["domain"]!));
        Assert.DoesNotContain("s3cret", text, StringComparison.Ordinal);
        var (authorization, requestBody) = Assert.Single(azure.Requests);
        Assert.Equal("Bearer s3cret", authorization);
        Assert.Equal((string)body["userId"]!, (string)JsonNode.Parse(requestBody)!["user"]!["id"]!);
    }

    [Fact]
    public async Task WithSecret_WhenAzureRefuses_Gets502()
    {
        await using var azure = await FakeAzure.StartAsync(status: 403);
        await using var host = await DirectLineHost.StartAsync(Ct, "--DirectLine:Secret=wrong", $"--DirectLine:AzureEndpoint={azure.BaseUrl}v3/directline");

        using var response = await host.Client.PostAsync("/api/webchat/token", null, Ct);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    /// <summary>Azure Direct Line's tokens/generate on loopback.</summary>
    private sealed class FakeAzure(WebApplication app) : IAsyncDisposable
    {
        public ConcurrentQueue<(string Authorization, string Body)> Requests { get; } = new();

        public string BaseUrl { get; private set; } = "";

        public static async Task<FakeAzure> StartAsync(int status = 200)
        {
            var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var fake = new FakeAzure(app);
            app.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body);
                fake.Requests.Enqueue((request.Headers.Authorization.ToString(), await reader.ReadToEndAsync()));
                return status == 200
                    ? Results.Json(new JsonObject { ["conversationId"] = "azure-conv", ["token"] = "azure-token", ["expires_in"] = 1800 })
                    : Results.StatusCode(status);
            });
            await app.StartAsync(Ct);
            fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/";
            return fake;
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
