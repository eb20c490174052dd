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
}
