using Bot.Core.Telemetry;
using Bot.Core.Turns;

namespace Bot.Core.State;

/// <summary>
/// The states one turn uses, loaded and saved together (Bot Builder's name for the idea): one storage
/// read for all of them at the start of the turn and one write, all or nothing, at its end (issue 16:
/// a turn of the advisor made two reads and two writes, each its own round trip, lock and transaction).
/// States in other storage objects get a read and a write per storage. A state that does not apply to
/// the turn (user state without a user) is left out.
/// </summary>
public sealed class BotStateSet
{
    private readonly BotState[] _states;

    public BotStateSet(params IEnumerable<BotState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        _states = [.. states];
        if (_states.Any(s => s is null))
        {
            throw new ArgumentException("A state set cannot hold null.", nameof(states));
        }
    }

    public IReadOnlyList<BotState> States => _states;

    /// <summary>Loads every state the turn has not loaded yet (all of them, with <paramref name="force"/>).</summary>
    public async Task LoadAllAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var group in Applicable(turnContext).Where(s => s.NeedsLoad(turnContext, force)).GroupBy(s => s.Storage))
        {
            var keyed = group.Select(state => (State: state, Key: state.StorageKey(turnContext))).ToList();
            IReadOnlyDictionary<string, StoreItem> items;
            using (TurnSpans.StartStorage("read", Names(keyed.Select(k => k.State))))
            {
                items = await group.Key.ReadAsync([.. keyed.Select(k => k.Key).Distinct(StringComparer.Ordinal)], cancellationToken);
            }

            foreach (var (state, key) in keyed)
            {
                state.Accept(turnContext, key, items);
            }
        }
    }

    /// <summary>Writes every state that changed this turn (all of them, with <paramref name="force"/>): per storage, all or none.</summary>
    /// <exception cref="ETagConflictException">Another writer changed one of them first; none of this storage's states was written.</exception>
    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var pending = Applicable(turnContext)
            .Select(state => (State: state, Change: state.PendingChange(turnContext, force)))
            .Where(p => p.Change is not null)
            .GroupBy(p => p.State.Storage);
        foreach (var group in pending)
        {
            var changes = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
            foreach (var (_, change) in group)
            {
                // Two states of one set under one key would overwrite each other: a wiring mistake, said at once.
                if (!changes.TryAdd(change!.Key, change.Item))
                {
                    throw new InvalidOperationException($"Two states of one set are stored under the same key '{change.Key}'.");
                }
            }

            IReadOnlyDictionary<string, string> etags;
            using (TurnSpans.StartStorage("write", Names(group.Select(p => p.State))))
            {
                etags = await group.Key.WriteAsync(changes, cancellationToken);
            }

            foreach (var (_, change) in group)
            {
                change!.Saved(etags);
            }
        }
    }

    private IEnumerable<BotState> Applicable(ITurnContext turnContext) => _states.Where(s => s.AppliesTo(turnContext));

    private static string Names(IEnumerable<BotState> states) => string.Join('+', states.Select(s => s.Name));
}
