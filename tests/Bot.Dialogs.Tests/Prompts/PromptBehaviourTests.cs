using System.Text.Json;
using Bot.Core.Schema;
using Bot.Core.Turns;
using Bot.Dialogs.Prompts;
using Bot.Dialogs.Recognition;
using Bot.Dialogs.Tests.Dialogs;

namespace Bot.Dialogs.Tests.Prompts;

public sealed class PromptBehaviourTests
{
    private static readonly Choice[] s_sizes = [new("Solo"), new("Small team"), new("Large team")];

    private static Activity Submit(string json) => new()
    {
        Type = ActivityTypes.Message,
        Text = null,
        Value = JsonDocument.Parse(json).RootElement.Clone(),
    };

    [Fact]
    public async Task ContinueDialogAsync_ValidatorSeesAttemptCountAndRecognizedValue()
    {
        var seen = new List<(int Attempt, bool Succeeded, int Value)>();
        var prompt = new NumberPrompt<int>("size", (pc, _) =>
        {
            seen.Add((pc.AttemptCount, pc.Recognized.Succeeded, pc.Recognized.Value));
            return Task.FromResult(pc.Recognized.Succeeded && pc.Recognized.Value > 0);
        });
        var harness = new DialogHarness(new PromptTestDialog(prompt, PromptOptions.FromText("How many?", "A positive number, please.")));

        await harness.Flow()
            .Send("hi").AssertReply("How many?")
            .Send("lots").AssertReply("A positive number, please.")
            .Send("0").AssertReply("A positive number, please.")
            .Send("three").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal([(1, false, 0), (2, true, 0), (3, true, 3)], seen);
        Assert.Equal(3, harness.LastResult!.Result!.GetValue<int>());
    }

    [Fact]
    public async Task ContinueDialogAsync_ValidatorSentMessage_RetryPromptStillSent()
    {
        var prompt = new NumberPrompt<int>("size", async (pc, ct) =>
        {
            await pc.Context.SendActivityAsync("That's too many for one team.", ct);
            return false;
        });
        var harness = new DialogHarness(new PromptTestDialog(prompt, PromptOptions.FromText("How many?", "How many developers?")));

        await harness.Flow()
            .Send("hi").AssertReply("How many?")
            .Send("900").AssertReply("That's too many for one team.").AssertReply("How many developers?")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ContinueDialogAsync_ValidatorSuppressesRetry_OnlyValidatorMessageSent()
    {
        var prompt = new NumberPrompt<int>("size", async (pc, ct) =>
        {
            await pc.Context.SendActivityAsync("Fewer than 100, please.", ct);
            pc.SuppressRetryPrompt = true;
            return false;
        });
        var harness = new DialogHarness(new PromptTestDialog(prompt, PromptOptions.FromText("How many?", "How many developers?")));

        await harness.Flow()
            .Send("hi").AssertReply("How many?")
            .Send("900").AssertReply("Fewer than 100, please.").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ContinueDialogAsync_DecimalPrompt_KeepsFraction()
    {
        var harness = new DialogHarness(new PromptTestDialog(new NumberPrompt<decimal>("budget"), PromptOptions.FromText("How many?")));

        await harness.Flow()
            .Send("hi").AssertReply("How many?")
            .Send("two and a half").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2.5m, harness.LastResult!.Result!.GetValue<decimal>());
    }

    [Fact]
    public async Task ContinueDialogAsync_IntPromptGivenFraction_Retries()
    {
        var harness = new DialogHarness(new PromptTestDialog(new NumberPrompt<int>("size"), PromptOptions.FromText("How many?", "Whole developers, please.")));

        await harness.Flow()
            .Send("hi").AssertReply("How many?")
            .Send("2.5").AssertReply("Whole developers, please.")
            .Send("1,500").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1500, harness.LastResult!.Result!.GetValue<int>());
    }

    [Fact]
    public async Task BeginDialogAsync_Prompt_ExpectsInput()
    {
        var harness = new DialogHarness(new PromptTestDialog(new TextPrompt("name"), PromptOptions.FromText("Name?")));

        await harness.Flow()
            .Send("hi").AssertReply(reply => Assert.Equal(InputHints.ExpectingInput, reply.InputHint))
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    public static TheoryData<string, Dialog, string, string> CardSubmits => new()
    {
        { "text", new TextPrompt("name"), """{"answer":"Shop"}""", "\"Shop\"" },
        { "number by answer", new NumberPrompt<int>("size"), """{"answer":"about 20"}""", "20" },
        { "number as JSON number", new NumberPrompt<int>("size"), """{"answer":12}""", "12" },
        { "number by prompt id", new NumberPrompt<int>("size"), """{"size":"five"}""", "5" },
        { "choice by first string", new ChoicePrompt("team"), """{"action":"submit2","n":1}""", "-" },
        { "choice", new ChoicePrompt("team"), """{"choice":"Large team"}""", "\"Large team\"" },
        { "confirm", new ConfirmPrompt("ok"), """{"answer":"yes"}""", "true" },
        { "confirm as JSON boolean", new ConfirmPrompt("ok"), """{"answer":false}""", "false" },
        { "duration", new DurationPrompt("time", TimeProvider.System), """{"answer":"six weeks"}""", "\"42.00:00:00\"" },
    };

    [Theory]
    [MemberData(nameof(CardSubmits))]
    public async Task ContinueDialogAsync_CardSubmit_IsAnAnswer(string because, Dialog prompt, string value, string expected)
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("?"), Choices = s_sizes, RetryPrompt = MessageFactory.Text("retry") };
        var harness = new DialogHarness(new PromptTestDialog(prompt, options));

        var flow = harness.Flow().Send("hi").AssertReply(_ => { }).Send(Submit(value));
        flow = expected == "-" ? flow.AssertReply("retry") : flow.AssertNoReply();
        await flow.StartTestAsync(TestContext.Current.CancellationToken);

        if (expected != "-")
        {
            var result = harness.LastResult!.Result!;
            var actual = result is System.Text.Json.Nodes.JsonObject obj ? (obj["value"] ?? obj["duration"])!.ToJsonString() : result.ToJsonString();
            Assert.True(expected == actual, $"{because}: expected {expected}, got {actual}");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ContinueDialogAsync_EmptyTextWithoutValue_RetriesWithoutThrowing(string? text)
    {
        var harness = new DialogHarness(new PromptTestDialog(new ChoicePrompt("team"), new PromptOptions { Prompt = MessageFactory.Text("Team?"), Choices = s_sizes, Style = ListStyle.None }));

        await harness.Flow()
            .Send("hi").AssertReply("Team?")
            .Send(new Activity { Type = ActivityTypes.Message, Text = text })
            .AssertReply("Team?")
            .Send(new Activity { Type = ActivityTypes.Message, Value = JsonDocument.Parse("[1,2]").RootElement.Clone() })
            .AssertReply("Team?")
            .StartTestAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ContinueDialogAsync_AmbiguousChoice_RepromptsInsteadOfGuessing()
    {
        var harness = new DialogHarness(new PromptTestDialog(new ChoicePrompt("team"), new PromptOptions { Prompt = MessageFactory.Text("Team?"), Choices = s_sizes, Style = ListStyle.None }));

        await harness.Flow()
            .Send("hi").AssertReply("Team?")
            .Send("team").AssertReply("Team?")
            .Send("the last one").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        var found = JsonSerializer.Deserialize(harness.LastResult!.Result!.ToJsonString(), DialogsJsonContext.Default.FoundChoice)!;
        Assert.Equal(new FoundChoice("Large team", 2, 1.0, "last"), found);
    }

    [Fact]
    public async Task ContinueDialogAsync_DatePrompt_ResolvesAgainstActivityLocalTimestamp()
    {
        var harness = new DialogHarness(new PromptTestDialog(new DatePrompt("when", TimeProvider.System), PromptOptions.FromText("When?")));
        harness.Time.Advance(TimeSpan.FromDays(31)); // 15 February 2025: "next friday" is 21 February.

        await harness.Flow()
            .Send("hi").AssertReply("When?")
            .Send("next friday").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        var date = JsonSerializer.Deserialize(harness.LastResult!.Result!.ToJsonString(), DialogsJsonContext.Default.RecognizedDate)!;
        Assert.Equal(new DateOnly(2025, 2, 21), date.Date);
    }

    [Fact]
    public async Task ContinueDialogAsync_DurationPrompt_NoActivityTimestamp_UsesInjectedClock()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 1, 15, 9, 0, 0, TimeSpan.Zero));
        var harness = new DialogHarness(new PromptTestDialog(new DurationPrompt("time", time), PromptOptions.FromText("How long?")));
        var answer = new Activity { Type = ActivityTypes.Message, Text = "by March 1st", LocalTimestamp = null };
        harness.Adapter.Stamp(answer);
        answer.LocalTimestamp = null;

        await harness.Flow()
            .Send("hi").AssertReply("How long?")
            .Send(answer).AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        var duration = JsonSerializer.Deserialize(harness.LastResult!.Result!.ToJsonString(), DialogsJsonContext.Default.RecognizedDuration)!;
        Assert.Equal(TimeSpan.FromDays(45), duration.Duration);
    }
}

/// <summary>Issue 16: options read back from state keep their questions as JSON until a question is sent again.</summary>
public sealed class StoredPromptOptionsTests
{
    private static readonly PromptOptions s_options = new()
    {
        Prompt = MessageFactory.Text("How big is the team?"),
        RetryPrompt = MessageFactory.Text("Pick one of the sizes, please."),
        Choices = [new("Solo"), new("Small team")],
        MaxAttempts = 3,
    };

    [Fact]
    public void ReadBack_AndStoredAgainUntouched_IsTheSameJson()
    {
        var stored = s_options.ToJson()!;

        var again = PromptOptions.FromJson(stored).ToJson()!;

        Assert.Equal(stored.ToJsonString(), again.ToJsonString());
    }

    [Fact]
    public void ReadBack_GivesTheSameQuestionsWhenAsked()
    {
        var read = PromptOptions.FromJson(s_options.ToJson());

        Assert.Equal("How big is the team?", read.Prompt?.Text);
        Assert.Equal("Pick one of the sizes, please.", read.RetryPrompt?.Text);
        Assert.Equal(["Solo", "Small team"], read.Choices!.Select(c => c.Value));
    }

    [Theory]
    [InlineData("""{"type":5}""")]
    [InlineData("\"How big is the team?\"")]
    [InlineData("[1,2]")]
    public void AStoredQuestionThatIsNotAnActivity_IsReportedAsDialogState_WhenAsked(string prompt)
    {
        var stored = s_options.ToJson()!.AsObject();
        stored["prompt"] = System.Text.Json.Nodes.JsonNode.Parse(prompt);

        var read = PromptOptions.FromJson(stored);

        Assert.Throws<DialogStateException>(() => read.Prompt);
        Assert.Equal("Pick one of the sizes, please.", read.RetryPrompt?.Text);
    }
}
