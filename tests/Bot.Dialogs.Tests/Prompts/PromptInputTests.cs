using System.Text.Json;
using Bot.Core.Schema;
using Bot.Dialogs.Prompts;

namespace Bot.Dialogs.Tests.Prompts;

public sealed class PromptInputTests
{
    [Theory]
    [InlineData("  typed  ", null, "typed")]
    [InlineData(null, """{"answer":"card"}""", "card")]
    [InlineData("", """{"answer":"card"}""", "card")]
    [InlineData(null, """{"size":"7","other":"x"}""", "7")]
    [InlineData(null, """{"first":"one","second":"two"}""", "one")]
    [InlineData(null, """{"answer":42}""", "42")]
    [InlineData(null, """{"answer":true}""", "true")]
    [InlineData(null, """{"n":1}""", "")]
    [InlineData(null, "\"just a string\"", "")]
    [InlineData(null, null, "")]
    public void GetText_Activity_ReturnsAnswerText(string? text, string? valueJson, string expected)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Value = valueJson is null ? null : JsonDocument.Parse(valueJson).RootElement.Clone(),
        };

        Assert.Equal(expected, PromptInput.GetText(activity, "size"));
    }
}
