using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Tests.Recognition;

public sealed class NumberRecognizerTests
{
    public static TheoryData<string?, int?> IntTable => new()
    {
        { "5", 5 },
        { "five", 5 },
        { "Five", 5 },
        { "a dozen", 12 },
        { "about 20 developers", 20 },
        { "1,500", 1500 },
        { "1500", 1500 },
        { "twenty one", 21 },
        { "twenty-one", 21 },
        { "we are 8", 8 },
        { "around 12 people", 12 },
        { "roughly fifteen", 15 },
        { "just me, so 1", 1 },
        { "one hundred", 100 },
        { "0", 0 },
        { "two dozen", 24 },
        { "3 devs", 3 },
        { "  7  ", 7 },
        { "a hundred and fifty", 150 },
        { "minus 3", -3 },
        { "10k", 10000 },
        { "2.0", 2 },
        // Must NOT be recognized as an int.
        { "2.5", null },
        { "half", null },
        { "none", null },
        { "no idea", null },
        { "lots", null },
        { "", null },
        { null, null },
        { "   ", null },
        { "many developers", null },
        { "?", null },
    };

    public static TheoryData<string, double> DecimalTable => new()
    {
        { "2.5", 2.5 },
        { "half", 0.5 },
        { "1,500.75", 1500.75 },
        { "three and a half", 3.5 },
    };

    [Theory]
    [MemberData(nameof(IntTable))]
    public void RecognizeInt_Utterance_ReturnsExpected(string? text, int? expected) =>
        Assert.Equal(expected, NumberRecognizer.RecognizeInt(text));

    [Theory]
    [MemberData(nameof(DecimalTable))]
    public void RecognizeDecimal_Utterance_ReturnsExpected(string text, double expected) =>
        Assert.Equal((decimal)expected, NumberRecognizer.RecognizeDecimal(text));
}
