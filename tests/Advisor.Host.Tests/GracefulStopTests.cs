using System.Net;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Core.Turns;
using Bot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Host.Tests;

/// <summary>Issue 14: a graceful stop lets the turns in flight finish and save their state before the host exits.</summary>
public sealed class GracefulStopTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("advisor-stop-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stop_WhileATurnRuns_FinishesTheTurnAndSavesItsState()
    {
        var bot = new BlockingBot();
        await using var host = await BotHost.StartAsync(Ct, services => services.AddSingleton<IBot>(sp => bot.Attach(sp.GetRequiredService<ConversationState>())), "--Storage:Provider=Sqlite", $"--Storage:Sqlite:DataFolder={_dataFolder}");
        var posting = host.Client.PostAsync("/api/messages", EmulatorMessage.ExpectReplies("stopping", "user-1", "in flight"), Ct);
        await bot.Started.Task.WaitAsync(Ct);

        var stopping = host.StopAsync(Ct);
        bot.Finish.SetResult();
        using var response = await posting;
        await stopping;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var storage = new SqliteStorage(Path.Combine(_dataFolder, "bot-state.db"), new FakeTimeProvider());
        var saved = await storage.ReadAsync(["emulator/conversations/stopping"], Ct);
        Assert.Contains("in flight", saved["emulator/conversations/stopping"].Value.GetRawText(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);

    /// <summary>Saves the message as conversation state, but only once the test lets the turn finish.</summary>
    private sealed class BlockingBot : IBot
    {
        private ConversationState? _state;
        private StatePropertyAccessor<History>? _history;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Finish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public BlockingBot Attach(ConversationState state)
        {
            _state = state;
            _history = state.CreateProperty("history", HistoryJsonContext.Default.History);
            return this;
        }

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            if (turnContext.Activity.Type != ActivityTypes.Message)
            {
                return;
            }

            Started.SetResult();
            await Finish.Task.WaitAsync(cancellationToken);
            (await _history!.GetAsync(turnContext, () => new History(), cancellationToken)).Messages.Add(turnContext.Activity.Text!);
            await _state!.SaveChangesAsync(turnContext, force: false, cancellationToken);
        }
    }
}
