using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Advisor.Host.Proxy;

/// <summary>
/// Behind a TLS-terminating proxy (App Service, a container platform's ingress) the app sees plain HTTP
/// from the proxy's address. With <c>ForwardedHeaders:KnownProxies</c> or <c>ForwardedHeaders:KnownNetworks</c>
/// set, <c>X-Forwarded-Proto</c>, <c>-Host</c> and <c>-For</c> from those addresses (and only those) are
/// honoured, so Direct Line hands out <c>wss://&lt;public host&gt;/…</c> stream URLs and the token rate
/// limit counts the client's address instead of the proxy's (issue 15). Nothing is trusted by default,
/// not even loopback.
/// </summary>
internal static class ProxyHeaders
{
    public const string SectionName = "ForwardedHeaders";

    public static WebApplicationBuilder AddProxyHeaders(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(SectionName).Get<ProxySettings>() ?? new ProxySettings();
        builder.Services.AddSingleton(settings);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{SectionName}:KnownProxies has '{proxy}', which is not an IP address."));
            }

            foreach (var network in settings.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{SectionName}:KnownNetworks has '{network}', which is not a network like 10.0.0.0/8."));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so every later component sees the client's scheme, host and address.</summary>
    public static WebApplication UseProxyHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ProxySettings>().Enabled)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}

/// <summary>The <c>ForwardedHeaders</c> section: the proxies whose forwarded headers are believed.</summary>
internal sealed class ProxySettings
{
    /// <summary>IP addresses of the proxies in front of the app.</summary>
    public IReadOnlyList<string> KnownProxies { get; init; } = [];

    /// <summary>Networks (CIDR) the proxies are in, e.g. a container platform's ingress subnet.</summary>
    public IReadOnlyList<string> KnownNetworks { get; init; } = [];

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
