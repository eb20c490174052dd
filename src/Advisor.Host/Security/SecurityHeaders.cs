using Bot.DirectLine;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Security;

/// <summary>
/// The page's Content-Security-Policy and the usual hardening headers, on every response (issue 15).
/// The policy allows only what the Web Chat page needs: its own scripts and styles (Web Chat injects
/// style elements, hence 'unsafe-inline' for styles only), its own Direct Line over HTTP and WebSocket,
/// and Azure Direct Line when a secret is configured.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<DirectLineOptions> directLine)
{
    public Task InvokeAsync(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = Policy(http.Request);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(http);
    }

    /// <summary>The policy last built and the host and scheme it was built for (issue 16: it was built on every request).</summary>
    private BuiltPolicy? _last;

    private string Policy(HttpRequest request)
    {
        var host = request.Host.Value ?? string.Empty;
        if (Volatile.Read(ref _last) is { } last && last.IsHttps == request.IsHttps && string.Equals(last.Host, host, StringComparison.Ordinal))
        {
            return last.Value;
        }

        var built = new BuiltPolicy(host, request.IsHttps, Build(request));
        Volatile.Write(ref _last, built);
        return built.Value;
    }

    private string Build(HttpRequest request)
    {
        var socket = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}";
        var connect = $"'self' {socket}";
        if (!string.IsNullOrEmpty(directLine.Value.Secret))
        {
            var azure = directLine.Value.AzureEndpoint.Authority;
            connect += $" https://{azure} wss://{azure}";
        }

        return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + $"font-src 'self' data:; connect-src {connect}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    private sealed record BuiltPolicy(string Host, bool IsHttps, string Value);
}
