using System.Text.Json;
using Bot.Core.Schema;

namespace Bot.Core.Hosting;

/// <summary>What the inbound HTTP request answers after a turn (protocol doc §2.6).</summary>
public sealed record TurnOutcome(int StatusCode, ExpectedReplies? Replies = null, JsonElement? InvokeBody = null)
{
    public static TurnOutcome Ok { get; } = new(200);

    public static TurnOutcome Unauthorized { get; } = new(401);

    /// <summary>An invoke that no handler answered.</summary>
    public static TurnOutcome NotImplemented { get; } = new(501);

    /// <summary>A reply could not be delivered to the channel, after retries.</summary>
    public static TurnOutcome BadGateway { get; } = new(502);

    /// <summary>The request could not be authenticated for now (no signing keys); the channel should retry.</summary>
    public static TurnOutcome ServiceUnavailable { get; } = new(503);
}
