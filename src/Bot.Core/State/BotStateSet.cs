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
    // The states grouped by the storage they live in, in the order given: one read and one write per group.
    private readonly BotState[][] _byStorage;

    public BotStateSet(params IEnumerable<BotState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        BotState[] all = [.. states];
        if (Array.Exists(all, s => s is null))
        {
            throw new ArgumentException("A state set cannot hold null.", nameof(states));
        }

        _byStorage = [.. all.GroupBy(s => s.Storage).Select(g => g.ToArray())];
    }

    /// <summary>Loads every state the turn has not loaded yet (all of them, with <paramref name="force"/>).</summary>
    public async Task LoadAllAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var group in _byStorage)
        {
            var toLoad = new List<(BotState State, string Key)>(group.Length);
            foreach (var state in group)
            {
                if (state.AppliesTo(turnContext) && state.NeedsLoad(turnContext, force))
                {
                    toLoad.Add((state, state.StorageKey(turnContext)));
                }
            }

            if (toLoad.Count == 0)
            {
                continue;
            }

            var keys = new HashSet<string>(toLoad.Count, StringComparer.Ordinal);
            foreach (var (_, key) in toLoad)
            {
                keys.Add(key);
            }

            IReadOnlyDictionary<string, StoreItem> items;
            using (Span("read", toLoad))
            {
                items = await group[0].Storage.ReadAsync(keys, cancellationToken);
            }

            foreach (var (state, key) in toLoad)
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
        foreach (var group in _byStorage)
        {
            var toSave = new List<(BotState State, BotState.Change Change)>(group.Length);
            var changes = new Dictionary<string, StoreItem>(group.Length, StringComparer.Ordinal);
            foreach (var state in group)
            {
                if (!state.AppliesTo(turnContext) || state.PendingChange(turnContext, force) is not { } change)
                {
                    continue;
                }

                // Two states of one set under one key would overwrite each other: a wiring mistake, said at once.
                if (!changes.TryAdd(change.Key, change.Item))
                {
                    throw new InvalidOperationException($"Two states of one set are stored under the same key '{change.Key}'.");
                }

                toSave.Add((state, change));
            }

            if (toSave.Count == 0)
            {
                continue;
            }

            IReadOnlyDictionary<string, string> etags;
            using (Span("write", toSave))
            {
                etags = await group[0].Storage.WriteAsync(changes, cancellationToken);
            }

            foreach (var (_, change) in toSave)
            {
                change.Saved(etags);
            }
        }
    }

    // The span names every state in the call ("ConversationState+UserState"); nothing is built when nobody listens.
    private static System.Diagnostics.Activity? Span<T>(string operation, List<(BotState State, T)> states) =>
        BotTelemetry.Source.HasListeners() ? TurnSpans.StartStorage(operation, string.Join('+', states.ConvertAll(s => s.State.Name))) : null;
}
