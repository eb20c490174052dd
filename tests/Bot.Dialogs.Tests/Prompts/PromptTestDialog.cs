using Bot.Dialogs.Prompts;

namespace Bot.Dialogs.Tests.Prompts;

/// <summary>A root that asks one prompt and ends with its result.</summary>
internal sealed class PromptTestDialog : ComponentDialog
{
    public PromptTestDialog(Dialog prompt, PromptOptions options)
        : base("root")
    {
        AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
        AddDialog(prompt);
    }
}
