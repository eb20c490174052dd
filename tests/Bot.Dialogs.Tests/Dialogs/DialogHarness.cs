using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Dialogs.Tests.Dialogs;

/// <summary>
/// Runs a root dialog turn by turn through the test adapter. Every turn loads conversation state
/// from <see cref="MemoryStorage"/> and saves it back, so state crosses a JSON round trip between
/// every pair of turns (never object identity).
/// </summary>
internal sealed class DialogHarness
{
    public DialogHarness(Dialog root, string channelId = Channels.Test)
    {
        Root = root;
        ConversationState = new ConversationState(Storage);
        Accessor = ConversationState.CreateProperty(DialogState.PropertyName, DialogsJsonContext.Default.DialogState);
        Adapter = new TestAdapter(channelId, time: Time);
    }

    /// <summary>Wednesday 15 January 2025, 10:00 UTC.</summary>
    public static DateTimeOffset Start { get; } = new(2025, 1, 15, 10, 0, 0, TimeSpan.Zero);

    public Dialog Root { get; }

    public MemoryStorage Storage { get; } = new();

    public ConversationState ConversationState { get; }

    public StatePropertyAccessor<DialogState> Accessor { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public TestAdapter Adapter { get; }

    /// <summary>The result of the latest turn.</summary>
    public DialogTurnResult? LastResult { get; private set; }

    public TestFlow Flow() => new(Adapter, async (turnContext, ct) =>
    {
        LastResult = await Root.RunAsync(turnContext, Accessor, ct);
        await ConversationState.SaveChangesAsync(turnContext, force: false, ct);
    });

    /// <summary>The stored conversation-state JSON, as another process would read it.</summary>
    public async Task<string> StoredJsonAsync()
    {
        var key = $"{Adapter.ChannelId}/conversations/{Adapter.Conversation.Id}";
        var items = await Storage.ReadAsync([key], TestContext.Current.CancellationToken);
        return items[key].Value.GetRawText();
    }
}
