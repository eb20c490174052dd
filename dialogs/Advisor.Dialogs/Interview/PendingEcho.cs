using Bot.Core.Schema;
using Bot.Core.Turns;
using Bot.Dialogs.Prompts;

namespace Advisor.Dialogs.Interview;

/// <summary>
/// The echo of a typed answer ("Got it: “about 6” → a medium-sized project."), held until the next
/// question or the recommendation goes out and sent in the same batch. Sending it on its own between two
/// waterfall steps would, on a channel fault, save a stack that asked nothing (issue 13, D1); sent with
/// the next prompt, a fault leaves the stack at that prompt, which the channel's retry asks again.
/// </summary>
internal static class PendingEcho
{
    private static readonly TurnStateKey<List<string>> Key = new("advisor.pendingEcho");

    public static void Add(ITurnContext turn, string text)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var pending = turn.TurnState.Get(Key);
        if (pending is null)
        {
            turn.TurnState.Set(Key, pending = []);
        }

        pending.Add(text);
    }

    /// <summary>The held echoes followed by <paramref name="next"/>, and nothing held any more.</summary>
    public static IReadOnlyList<Activity> Before(ITurnContext turn, Activity next)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var pending = turn.TurnState.Get(Key);
        turn.TurnState.Remove(Key);
        return pending is null ? [next] : [.. pending.Select(text => MessageFactory.Text(text)), next];
    }
}
