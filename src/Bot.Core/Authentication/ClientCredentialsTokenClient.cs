using Microsoft.Extensions.Logging;

namespace Bot.Core.Authentication;

/// <summary>
/// Client credentials grant for MultiTenant and SingleTenant bots (protocol doc §3.4): POST to
/// <c>{authority}/oauth2/v2.0/token</c>, the authority's tenant chosen by app type.
/// </summary>
internal sealed class ClientCredentialsTokenClient(AuthenticationSettings settings, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger logger) : IBotTokenClient
{
    public async Task<AccessToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", settings.AppId),
            new("client_secret", settings.Password ?? ""),
            new("scope", settings.Scope),
        ]);
        var client = httpClientFactory.CreateClient(AuthenticationHttp.ClientName);
        using var response = await TokenHttp.SendAsync(client, new HttpRequestMessage(HttpMethod.Post, settings.TokenEndpoint) { Content = form }, settings.TokenEndpoint, logger, cancellationToken);
        return TokenResponse.Read(await response.Content.ReadAsStringAsync(cancellationToken), time.GetUtcNow());
    }
}

/// <summary>
/// A user-assigned managed identity on App Service (protocol doc §3.4): GET the identity endpoint with
/// the resource and the identity's client id, proving locality with the <c>X-IDENTITY-HEADER</c> secret.
/// </summary>
internal sealed class ManagedIdentityTokenClient(AuthenticationSettings settings, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger logger) : IBotTokenClient
{
    public async Task<AccessToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var endpoint = settings.ManagedIdentityEndpoint ?? throw new AccessTokenException("No managed identity endpoint is configured.");
        var query = $"api-version=2019-08-01&resource={Uri.EscapeDataString(settings.Resource)}&client_id={Uri.EscapeDataString(settings.AppId)}";
        var uri = new UriBuilder(endpoint) { Query = query }.Uri;
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (settings.ManagedIdentityHeader is { } secret)
        {
            request.Headers.TryAddWithoutValidation("X-IDENTITY-HEADER", secret);
        }

        var client = httpClientFactory.CreateClient(AuthenticationHttp.ClientName);
        using var response = await TokenHttp.SendAsync(client, request, endpoint, logger, cancellationToken);
        return TokenResponse.Read(await response.Content.ReadAsStringAsync(cancellationToken), time.GetUtcNow());
    }
}

internal static class TokenHttp
{
    /// <summary>Sends a token request; any failure is logged (endpoint, status, error code: never secrets) and thrown as <see cref="AccessTokenException"/>.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, Uri endpoint, ILogger logger, CancellationToken cancellationToken)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                Log.AccessTokenRequestFailed(logger, endpoint.GetLeftPart(UriPartial.Path), null, ex.GetType().Name);
                throw new AccessTokenException("The token endpoint could not be reached.", ex);
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                var error = TokenResponse.ReadError(await response.Content.ReadAsStringAsync(cancellationToken));
                Log.AccessTokenRequestFailed(logger, endpoint.GetLeftPart(UriPartial.Path), (int)response.StatusCode, error);
                throw new AccessTokenException($"The token endpoint answered {(int)response.StatusCode} ({error ?? "no error code"}).");
            }
        }
    }
}
