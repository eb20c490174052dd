using System.Diagnostics.CodeAnalysis;
using Bot.Core.Turns;

namespace Bot.Dialogs;

/// <summary>The dialogs one stack can run, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="dialog"/>; ids are unique within a set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    public bool TryFind(string id, [NotNullWhen(true)] out Dialog? dialog) => _dialogs.TryGetValue(id, out dialog);

    public IEnumerable<Dialog> All => _dialogs.Values;

    /// <summary>A context for running this set's dialogs on <paramref name="state"/>'s stack this turn.</summary>
    public DialogContext CreateContext(ITurnContext turnContext, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        return new DialogContext(this, turnContext, state);
    }
}
