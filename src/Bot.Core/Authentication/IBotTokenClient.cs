namespace Bot.Core.Authentication;

/// <summary>Obtains a fresh token for the bot's own identity from Entra (client credentials) or a managed identity endpoint.</summary>
internal interface IBotTokenClient
{
    Task<AccessToken> RequestTokenAsync(CancellationToken cancellationToken);
}

/// <summary>A bearer token and when it expires.</summary>
internal sealed record AccessToken(string Value, DateTimeOffset ExpiresOn)
{
    public override string ToString() => $"AccessToken(expires {ExpiresOn:O})"; // never the token itself
}

/// <summary>The bot could not obtain a token for its replies; the reply cannot be sent.</summary>
public sealed class AccessTokenException : Exception
{
    public AccessTokenException()
    {
    }

    public AccessTokenException(string message)
        : base(message)
    {
    }

    public AccessTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
