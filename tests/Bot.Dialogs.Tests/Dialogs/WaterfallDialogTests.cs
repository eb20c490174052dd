using System.Text.Json.Nodes;
using Bot.Core.Schema;
using Bot.Dialogs.Prompts;

namespace Bot.Dialogs.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    private static readonly DialogValueKey<string> s_name = new("name", DialogsJsonContext.Default.String);
    private static readonly DialogValueKey<int> s_size = new("size", DialogsJsonContext.Default.Int32);

    /// <summary>Asks a name and a team size, confirms, and ends with a summary.</summary>
    private sealed class InterviewDialog : ComponentDialog
    {
        public InterviewDialog(int? maxAttempts = null, JsonNode? defaultSize = null)
            : base("interview")
        {
            AddDialog(new WaterfallDialog("steps",
            [
                (step, ct) => step.PromptAsync("name", PromptOptions.FromText("What is your project called?"), ct),
                (step, ct) =>
                {
                    step.Values.Set(s_name, step.GetResult(DialogsJsonContext.Default.String));
                    return step.PromptAsync("size", new PromptOptions
                    {
                        Prompt = MessageFactory.Text("How many developers?"),
                        RetryPrompt = MessageFactory.Text("Please give a number of developers, like 5."),
                        MaxAttempts = maxAttempts,
                        DefaultValue = defaultSize,
                    }, ct);
                },
                async (step, ct) =>
                {
                    if (step.IsNoAnswer)
                    {
                        await Bot.Core.Turns.TurnContextExtensions.SendActivityAsync(step.Context, "Let's skip the team size.", ct);
                        return await step.NextAsync(null, ct);
                    }

                    step.Values.Set(s_size, step.GetResult(DialogsJsonContext.Default.Int32));
                    return await step.NextAsync(null, ct);
                },
                (step, ct) =>
                {
                    var size = step.Values.TryGet(s_size, out var s) ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown";
                    return step.EndDialogAsync(JsonValue.Create($"{step.Values.Get(s_name)}:{size}"), ct);
                },
            ]));
            AddDialog(new TextPrompt("name"));
            AddDialog(new NumberPrompt<int>("size"));
        }
    }

    [Fact]
    public async Task RunAsync_MultiTurnInterview_EndsWithValuesFromEveryTurn()
    {
        var harness = new DialogHarness(new InterviewDialog());

        await harness.Flow()
            .Send("hi").AssertReply("What is your project called?")
            .Send("Shop").AssertReply("How many developers?")
            .Send("about five developers").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Equal("Shop:5", harness.LastResult.Result!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_UnrecognizedNumber_SendsRetryPromptAndKeepsWaiting()
    {
        var harness = new DialogHarness(new InterviewDialog());

        await harness.Flow()
            .Send("hi").AssertReply("What is your project called?")
            .Send("Shop").AssertReply("How many developers?")
            .Send("lots").AssertReply("Please give a number of developers, like 5.")
            .Send("a dozen").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Shop:12", harness.LastResult!.Result!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_MaxAttemptsWithoutDefault_EndsPromptWithNoAnswer()
    {
        var harness = new DialogHarness(new InterviewDialog(maxAttempts: 2));

        await harness.Flow()
            .Send("hi").AssertReply("What is your project called?")
            .Send("Shop").AssertReply("How many developers?")
            .Send("lots").AssertReply("Please give a number of developers, like 5.")
            .Send("many").AssertReply("Let's skip the team size.")
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Shop:unknown", harness.LastResult!.Result!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_MaxAttemptsWithDefault_EndsPromptWithDefault()
    {
        var harness = new DialogHarness(new InterviewDialog(maxAttempts: 1, defaultSize: DialogJson.From(3, DialogsJsonContext.Default.Int32)));

        await harness.Flow()
            .Send("hi").AssertReply("What is your project called?")
            .Send("Shop").AssertReply("How many developers?")
            .Send("lots").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Shop:3", harness.LastResult!.Result!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_NonMessageActivity_LeavesPromptWaiting()
    {
        var harness = new DialogHarness(new InterviewDialog());

        await harness.Flow()
            .Send("hi").AssertReply("What is your project called?")
            .Send(new Activity { Type = ActivityTypes.Typing })
            .Send(new Activity { Type = ActivityTypes.ConversationUpdate })
            .AssertNoReply()
            .Send("Shop").AssertReply("How many developers?")
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal(DialogTurnStatus.Waiting, harness.LastResult!.Status);
    }

    [Fact]
    public async Task RunAsync_StepCallsNext_SkipsToFollowingStepInSameTurn()
    {
        var steps = new WaterfallDialog("root",
        [
            (step, ct) => step.NextAsync(JsonValue.Create("skipped"), ct),
            async (step, ct) =>
            {
                await Bot.Core.Turns.TurnContextExtensions.SendActivityAsync(step.Context, $"step {step.Index} got {step.GetResult(DialogsJsonContext.Default.String)} ({step.Reason})", ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]);
        var harness = new DialogHarness(steps);

        await harness.Flow()
            .Send("hi").AssertReply("step 1 got skipped (NextCalled)")
            .Send("typed").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Equal("typed", harness.LastResult.Result!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_StoredState_IsPlainVersionedJson()
    {
        var harness = new DialogHarness(new InterviewDialog());

        await harness.Flow()
            .Send("hi").AssertReply("What is your project called?")
            .Send("Shop").AssertReply("How many developers?")
            .StartTestAsync(TestContext.Current.CancellationToken);

        var json = JsonNode.Parse(await harness.StoredJsonAsync())!;
        var root = json["DialogState"]!;
        Assert.Equal(DialogState.CurrentVersion, root["version"]!.GetValue<int>());
        Assert.Equal("interview", root["dialogStack"]![0]!["id"]!.GetValue<string>());
        var inner = root["dialogStack"]![0]!["state"]!["dialogs"]!["dialogStack"]!;
        Assert.Equal("size", inner[0]!["id"]!.GetValue<string>());
        Assert.Equal("steps", inner[1]!["id"]!.GetValue<string>());
        Assert.Equal("Shop", inner[1]!["state"]!["values"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain("$type", json.ToJsonString(), StringComparison.Ordinal);
    }
}
