using Bot.Core.Schema;

namespace Bot.Dialogs.Prompts;

/// <summary>Short-hands for the messages prompts send.</summary>
public static class MessageFactory
{
    public static Activity Text(string text, string? inputHint = null) =>
        new() { Type = ActivityTypes.Message, Text = text, InputHint = inputHint };
}
