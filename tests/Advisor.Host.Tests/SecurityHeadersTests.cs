namespace Advisor.Host.Tests;

/// <summary>
/// The page's Content-Security-Policy allows only what Web Chat needs, Azure Direct Line only when a
/// secret is configured, and the usual hardening headers come with every response (issue 15).
/// (The end-to-end tests run the real page under this policy.)
/// </summary>
public sealed class SecurityHeadersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_HasAPolicyForItsOwnScriptsAndDirectLineOnly()
    {
        await using var host = await BotHost.StartAsync(Ct);

        using var response = await host.Client.GetAsync("/", Ct);

        var policy = Directives(response);
        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal($"'self' ws://{host.Client.BaseAddress!.Authority}", policy["connect-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal(
            ("nosniff", "DENY", "no-referrer"),
            (Header(response, "X-Content-Type-Options"), Header(response, "X-Frame-Options"), Header(response, "Referrer-Policy")));
    }

    [Fact]
    public async Task Page_WithADirectLineSecret_AlsoAllowsAzureDirectLine()
    {
        await using var host = await BotHost.StartAsync(Ct, null, "--DirectLine:Secret=test-secret");

        using var response = await host.Client.GetAsync("/", Ct);

        Assert.Equal(
            $"'self' ws://{host.Client.BaseAddress!.Authority} https://directline.botframework.com wss://directline.botframework.com",
            Directives(response)["connect-src"]);
    }

    [Fact]
    public async Task Page_BehindAKnownTlsProxy_AllowsWssOnThePublicHost()
    {
        await using var host = await BotHost.StartAsync(Ct, null, "--ForwardedHeaders:KnownProxies:0=127.0.0.1");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "advisor.example.com");

        using var response = await host.Client.SendAsync(request, Ct);

        Assert.Equal("'self' wss://advisor.example.com", Directives(response)["connect-src"]);
    }

    private static string Header(HttpResponseMessage response, string name) => string.Join(",", response.Headers.GetValues(name));

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
}
