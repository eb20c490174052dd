using Bot.Core.Authentication;

namespace Bot.Core.Tests.Connector;

/// <summary>Always the same token (null: no app id, so no Authorization header).</summary>
internal sealed class FixedToken(string? token) : IAccessTokenProvider
{
    public Task<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken) => Task.FromResult(token);

    public void Reject(string token)
    {
    }
}

/// <summary>Hands out token-1 until it is rejected, then token-2, and so on.</summary>
internal sealed class RotatingTokens : IAccessTokenProvider
{
    private int _generation = 1;

    public Task<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>($"token-{_generation}");

    public void Reject(string token)
    {
        if (token == $"token-{_generation}")
        {
            _generation++;
        }
    }
}
