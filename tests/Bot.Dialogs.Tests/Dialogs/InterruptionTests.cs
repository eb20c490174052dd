using Bot.Core.Schema;
using Bot.Core.Turns;
using Bot.Dialogs.Prompts;

namespace Bot.Dialogs.Tests.Dialogs;

/// <summary>Protocol doc §8.6: help and cancel handled once, in a ComponentDialog's continue hook.</summary>
public sealed class InterruptionTests
{
    private const string Help = "I recommend Django or Flask. Answer the question, or say cancel.";

    /// <summary>The CoreBot pattern: a base that checks help/cancel before the active inner dialog sees the turn.</summary>
    private sealed class InterruptibleInterview : ComponentDialog
    {
        public InterruptibleInterview()
            : base("interview")
        {
            AddDialog(new WaterfallDialog("steps",
            [
                (step, ct) => step.PromptAsync("size", PromptOptions.FromText("How many developers?"), ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]));
            AddDialog(new NumberPrompt<int>("size"));
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            var activity = innerDc.Context.Activity;
            if (activity.Type == ActivityTypes.Message)
            {
                switch (activity.Text?.Trim().ToLowerInvariant())
                {
                    case "help" or "?":
                        await innerDc.Context.SendActivityAsync(Help, cancellationToken, InputHints.ExpectingInput);
                        return EndOfTurn;
                    case "cancel" or "quit":
                        await innerDc.Context.SendActivityAsync("Cancelling...", cancellationToken, InputHints.IgnoringInput);
                        return await innerDc.CancelAllDialogsAsync(cancellationToken);
                }
            }

            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    [Fact]
    public async Task OnContinueDialogAsync_Help_AnswersAndKeepsPromptActive()
    {
        var harness = new DialogHarness(new InterruptibleInterview());

        await harness.Flow()
            .Send("hi").AssertReply("How many developers?")
            .Send("help").AssertReply(Help)
            .AssertNoReply()
            .Send("7").AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Equal(7, harness.LastResult.Result!.GetValue<int>());
    }

    [Fact]
    public async Task OnContinueDialogAsync_Cancel_EndsEverythingAsCancelled()
    {
        var harness = new DialogHarness(new InterruptibleInterview());

        await harness.Flow()
            .Send("hi").AssertReply("How many developers?")
            .Send("cancel").AssertReply(reply =>
            {
                Assert.Equal("Cancelling...", reply.Text);
                Assert.Equal(InputHints.IgnoringInput, reply.InputHint);
            })
            .AssertNoReply()
            .StartTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal(DialogTurnStatus.Cancelled, harness.LastResult!.Status);
        await harness.Flow().Send("hello").AssertReply("How many developers?").StartTestAsync(TestContext.Current.CancellationToken);
    }
}
