using System.Text.Json.Nodes;

namespace Bot.Dialogs;

/// <summary>What the dialog stack did this turn (protocol doc §8.1).</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: nothing was running.</summary>
    Empty,

    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; <see cref="DialogTurnResult.Result"/> is its result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}

/// <summary>Why a dialog is being begun, resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}

/// <summary>The status of a turn plus the result of the dialog that completed, as JSON.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonNode? Result = null);
