namespace Bot.DirectLine.Tokens;

/// <summary>What a token grants: one conversation, as one user, until <see cref="ExpiresAt"/>.</summary>
internal sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

/// <summary>Why a presented token was not accepted.</summary>
internal enum TokenFailure
{
    None,

    /// <summary>No <c>Authorization: Bearer</c> (or no <c>t</c> on a stream URL): 401.</summary>
    Missing,

    /// <summary>Not one of ours, tampered with, or for another conversation: 403.</summary>
    Invalid,

    /// <summary>Ours, but past its expiry: 403, as Azure answers (protocol doc §5.1).</summary>
    Expired,
}
