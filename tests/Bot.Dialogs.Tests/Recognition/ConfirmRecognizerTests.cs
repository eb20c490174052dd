using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Tests.Recognition;

public sealed class ConfirmRecognizerTests
{
    public static TheoryData<string?, bool?> Table => new()
    {
        { "yes", true },
        { "Yes", true },
        { "YES!", true },
        { "yep", true },
        { "yeah", true },
        { "yup", true },
        { "sure", true },
        { "ok", true },
        { "OK.", true },
        { "okay", true },
        { "of course", true },
        { "definitely", true },
        { "absolutely", true },
        { "sure thing", true },
        { "yes, we do", true },
        { "yes please", true },
        { "sounds good", true },
        { "y", true },
        { "no", false },
        { "No.", false },
        { "nope", false },
        { "nah", false },
        { "not really", false },
        { "no thanks", false },
        { "no, we don't", false },
        { "definitely not", false },
        { "I don't think so", false },
        { "never", false },
        { "n", false },
        { "not at all", false },
        // Must NOT be recognized.
        { "maybe", null },
        { "yes and no", null },
        { "I'm not sure", null },
        { "what?", null },
        { "Django", null },
        { "", null },
        { null, null },
        { "  ", null },
        { "yesterday", null },
        { "nothing", null },
        { "know", null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Recognize_Utterance_ReturnsExpected(string? text, bool? expected) =>
        Assert.Equal(expected, ConfirmRecognizer.Recognize(text));
}
