using System.Text.Json;
using Bot.Core.State;
using Bot.Dialogs.Prompts;

namespace Bot.Dialogs.Tests.Dialogs;

/// <summary>Issue 4, item 2: a stack this build cannot resume is reset with an apology, in the same turn.</summary>
public sealed class StaleStackTests
{
    private static WaterfallDialog CreateRoot() => new("root",
    [
        (step, ct) => step.PromptAsync("name", PromptOptions.FromText("What is your project called?"), ct),
        (step, ct) => step.EndDialogAsync(step.Result, ct),
    ]);

    private static DialogHarness CreateSut()
    {
        var root = new RootComponent();
        return new DialogHarness(root);
    }

    private sealed class RootComponent : ComponentDialog
    {
        public RootComponent()
            : base("advisor")
        {
            AddDialog(CreateRoot());
            AddDialog(new TextPrompt("name"));
        }
    }

    public static TheoryData<string> StaleStates => new()
    {
        // A dialog that no longer exists.
        """{"version":1,"dialogStack":[{"id":"removedDialog","state":{}}]}""",
        // An inner dialog that no longer exists.
        """{"version":1,"dialogStack":[{"id":"advisor","state":{"dialogs":{"version":1,"dialogStack":[{"id":"oldPrompt","state":{}}]}}}]}""",
        // Another version of the shape.
        """{"version":0,"dialogStack":[{"id":"advisor","state":{}}]}""",
        // Not readable as a DialogState at all.
        """{"version":"one","dialogStack":"oops"}""",
        // A waterfall whose step index cannot be read.
        """{"version":1,"dialogStack":[{"id":"advisor","state":{"dialogs":{"version":1,"dialogStack":[{"id":"root","state":{"stepIndex":"x"}}]}}}]}""",
        // A prompt whose options cannot be read.
        """{"version":1,"dialogStack":[{"id":"advisor","state":{"dialogs":{"version":1,"dialogStack":[{"id":"name","state":{"options":{"maxAttempts":"many"}}},{"id":"root","state":{"stepIndex":0,"values":{}}}]}}}]}""",
    };

    [Theory]
    [MemberData(nameof(StaleStates))]
    public async Task RunAsync_StaleStoredStack_ApologizesAndStartsFresh(string storedDialogState)
    {
        var harness = CreateSut();
        await SeedAsync(harness, storedDialogState);

        await harness.Flow()
            .Send("hello again").AssertReply(DialogExtensions.LostPlaceApology)
            .AssertReply("What is your project called?")
            .AssertNoReply()
            .Send("Shop").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Equal("Shop", harness.LastResult.Result!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_StaleStackWithLogger_LogsReset()
    {
        var harness = CreateSut();
        await SeedAsync(harness, """{"version":1,"dialogStack":[{"id":"removedDialog","state":{}}]}""");
        var logger = new CountingLogger();

        await new Bot.Testing.TestFlow(harness.Adapter, (ctx, ct) => harness.Root.RunAsync(ctx, harness.Accessor, logger, ct))
            .Send("hello").AssertReply(DialogExtensions.LostPlaceApology)
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal([2010], logger.EventIds);
    }

    [Fact]
    public async Task RunAsync_EmptyStoredStack_StartsWithoutApology()
    {
        var harness = CreateSut();

        await harness.Flow()
            .Send("hello").AssertReply("What is your project called?")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    private static async Task SeedAsync(DialogHarness harness, string storedDialogState)
    {
        var key = $"{harness.Adapter.ChannelId}/conversations/{harness.Adapter.Conversation.Id}";
        var value = JsonDocument.Parse($$"""{"DialogState":{{storedDialogState}}}""").RootElement.Clone();
        await harness.Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(value, "*") }, TestContext.Current.CancellationToken);
    }

    private sealed class CountingLogger : Microsoft.Extensions.Logging.ILogger
    {
        public List<int> EventIds { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            EventIds.Add(eventId.Id);
    }
}
