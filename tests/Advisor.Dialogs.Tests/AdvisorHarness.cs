using Advisor.Dialogs;
using Advisor.Dialogs.State;
using Bot.Core.Hosting;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Dialogs.Tests;

/// <summary>
/// The advisor bot on a test adapter, wired as the host wires it. State lives in a MemoryStorage, so
/// every turn reads the previous turn's state back from JSON. The clock is fixed at 2026-11-25 10:00 +01:00.
/// </summary>
internal sealed class AdvisorHarness
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(1));

    public AdvisorHarness(string channelId = Channels.Test)
    {
        Time = new FakeTimeProvider(Now);
        var conversationState = new ConversationState(Storage);
        Store = new AdvisorStateStore(conversationState);
        Bot = new AdvisorBot(Store, new AdvisorDialog(Store, Time), Time, NullLogger<AdvisorBot>.Instance);
        Adapter = new TestAdapter(channelId, errorHandler: new ResetConversationErrorHandler(conversationState, ErrorLog), time: Time);
    }

    public MemoryStorage Storage { get; } = new();

    public FakeTimeProvider Time { get; }

    public AdvisorStateStore Store { get; }

    public AdvisorBot Bot { get; }

    public TestAdapter Adapter { get; }

    public RecordingLogger<ResetConversationErrorHandler> ErrorLog { get; } = new();

    public Task SendAsync(Activity activity) =>
        Adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync, TestContext.Current.CancellationToken);

    /// <summary>All replies of the last turn(s) not read yet.</summary>
    public List<Activity> DrainReplies()
    {
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }
}
