using System.Text.Json.Nodes;

namespace Bot.Dialogs;

/// <summary>
/// The dialog stack of one conversation, persisted as one property of conversation state
/// (protocol doc §8.1). Index 0 is the active dialog. <see cref="Version"/> names the shape: a
/// stored stack of another version is reset, not guessed at (issue 4, "dialogs stuck after a redeploy").
/// </summary>
public sealed class DialogState
{
    /// <summary>The shape this build writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The conventional conversation-state property name.</summary>
    public const string PropertyName = "DialogState";

    public int Version { get; set; } = CurrentVersion;

    public List<DialogInstance> DialogStack { get; set; } = [];
}

/// <summary>One running dialog: its id and its own state, plain JSON that the dialog reads through typed helpers.</summary>
public sealed class DialogInstance
{
    public required string Id { get; set; }

    public JsonObject State { get; set; } = [];
}
