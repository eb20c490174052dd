using System.Text.RegularExpressions;
using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Tests.Recognition;

/// <summary>
/// Issue 13, R1: the recognizers' work per message is bounded. They read only the first
/// <see cref="RecognitionLimits.MaxTextLength"/> characters, and a recognizer whose regular
/// expression times out recognizes nothing instead of failing the turn.
/// </summary>
public sealed class RecognitionLimitsTests
{
    private static string Filler(int length) => string.Concat(Enumerable.Repeat("blah ", length / 5));

    [Fact]
    public void Duration_WithinTheReadPrefix_IsRecognized()
    {
        var found = DurationRecognizer.Recognize(Filler(RecognitionLimits.MaxTextLength - 100) + "3 months", DurationRecognizerTests.Reference);

        Assert.Equal(TimeSpan.FromDays(90), found?.Duration);
    }

    [Fact]
    public void Duration_BeyondTheReadPrefix_IsNotRead()
    {
        var found = DurationRecognizer.Recognize(Filler(RecognitionLimits.MaxTextLength) + "3 months", DurationRecognizerTests.Reference);

        Assert.Null(found);
    }

    [Fact]
    public void Number_BeyondTheReadPrefix_IsNotRead()
    {
        Assert.Null(NumberRecognizer.RecognizeDecimal(Filler(RecognitionLimits.MaxTextLength) + "12 developers"));
    }

    [Fact]
    public void Parse_ModelTimesOut_RecognizesNothing()
    {
        var results = RecognitionLimits.Parse<string>("3 months", _ => throw new RegexMatchTimeoutException("3 months", "(a+)+", RecognitionLimits.MatchTimeout));

        Assert.Empty(results);
    }

    [Fact]
    public void Parse_HandsTheModelOnlyTheBoundedPrefix()
    {
        string? seen = null;

        RecognitionLimits.Parse<string>(new string('a', 50_000), text =>
        {
            seen = text;
            return [];
        });

        Assert.Equal(RecognitionLimits.MaxTextLength, seen?.Length);
    }

    [Fact]
    public void MatchTimeout_IsAValidRegexTimeout()
    {
        Assert.InRange(RecognitionLimits.MatchTimeout, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(2));
    }
}
