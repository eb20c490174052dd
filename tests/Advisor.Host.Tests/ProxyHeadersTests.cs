using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Advisor.Host.Tests;

/// <summary>
/// Behind a TLS-terminating proxy (issue 15): forwarded headers from a configured proxy make the Direct
/// Line stream URL <c>wss://&lt;public host&gt;</c> and the token rate limit count clients, not the proxy;
/// the same headers from any other address change nothing.
/// </summary>
public sealed class ProxyHeadersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StreamUrl_FromAKnownProxy_IsWssOnThePublicHost()
    {
        await using var host = await BotHost.StartAsync(Ct, null, "--ForwardedHeaders:KnownProxies:0=127.0.0.1");

        var streamUrl = await StartConversationAsync(host, "https", "advisor.example.com");

        Assert.StartsWith("wss://advisor.example.com/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamUrl_FromAKnownNetwork_IsWssOnThePublicHost()
    {
        await using var host = await BotHost.StartAsync(Ct, null, "--ForwardedHeaders:KnownNetworks:0=127.0.0.0/8");

        var streamUrl = await StartConversationAsync(host, "https", "advisor.example.com");

        Assert.StartsWith("wss://advisor.example.com/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamUrl_FromAnUnknownAddress_IgnoresTheForwardedHeaders()
    {
        await using var host = await BotHost.StartAsync(Ct, null, "--ForwardedHeaders:KnownProxies:0=10.9.8.7");

        var streamUrl = await StartConversationAsync(host, "https", "advisor.example.com");

        Assert.StartsWith($"ws://{host.Client.BaseAddress!.Authority}/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamUrl_WithNoProxyConfigured_IgnoresTheForwardedHeadersEvenFromLoopback()
    {
        await using var host = await BotHost.StartAsync(Ct);

        var streamUrl = await StartConversationAsync(host, "https", "advisor.example.com");

        Assert.StartsWith($"ws://{host.Client.BaseAddress!.Authority}/", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenRateLimit_BehindAKnownProxy_CountsEachClientAddress()
    {
        await using var host = await BotHost.StartAsync(Ct, null, "--ForwardedHeaders:KnownProxies:0=127.0.0.1", "--DirectLine:TokensPerMinutePerClient=1");

        var first = await GenerateTokenAsync(host, "203.0.113.10");
        var otherClient = await GenerateTokenAsync(host, "203.0.113.20");
        var firstAgain = await GenerateTokenAsync(host, "203.0.113.10");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests), (first, otherClient, firstAgain));
    }

    [Fact]
    public async Task TokenRateLimit_FromAnUnknownAddress_CountsTheConnectionNotTheHeader()
    {
        await using var host = await BotHost.StartAsync(Ct, null, "--ForwardedHeaders:KnownProxies:0=10.9.8.7", "--DirectLine:TokensPerMinutePerClient=1");

        var first = await GenerateTokenAsync(host, "203.0.113.10");
        var spoofed = await GenerateTokenAsync(host, "203.0.113.20");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.TooManyRequests), (first, spoofed));
    }

    [Fact]
    public async Task Start_WithAMalformedProxyAddress_FailsWithTheSetting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = await BotHost.StartAsync(Ct, null, "--ForwardedHeaders:KnownProxies:0=not-an-ip");
            await host.Client.GetAsync("/healthz", Ct);
        });

        Assert.Contains("ForwardedHeaders:KnownProxies", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> StartConversationAsync(BotHost host, string proto, string publicHost)
    {
        using var tokenResponse = await host.Client.PostAsync("/v3/directline/tokens/generate", null, Ct);
        var token = (string)JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync(Ct))!["token"]!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-Forwarded-Proto", proto);
        request.Headers.Add("X-Forwarded-Host", publicHost);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await host.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["streamUrl"]!;
    }

    private static async Task<HttpStatusCode> GenerateTokenAsync(BotHost host, string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Add("X-Forwarded-For", clientAddress);
        using var response = await host.Client.SendAsync(request, Ct);
        return response.StatusCode;
    }
}
