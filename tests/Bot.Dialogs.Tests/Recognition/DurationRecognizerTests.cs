using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Tests.Recognition;

public sealed class DurationRecognizerTests
{
    /// <summary>Wednesday 15 January 2025, 10:00 local.</summary>
    internal static readonly DateTimeOffset Reference = new(2025, 1, 15, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Expected length in days (month = 30, year = 365, sprint = 14); null = not a duration.</summary>
    public static TheoryData<string?, double?> Table => new()
    {
        { "3 months", 90 },
        { "three months", 90 },
        { "six weeks", 42 },
        { "6 weeks", 42 },
        { "a year", 365 },
        { "one year", 365 },
        { "in two sprints", 28 },
        { "2 sprints", 28 },
        { "a sprint", 14 },
        { "three sprints", 42 },
        { "2 weeks", 14 },
        { "a couple of months", 60 },
        { "half a year", 182.5 },
        { "18 months", 540 },
        { "1.5 years", 547.5 },
        { "90 days", 90 },
        { "10 days", 10 },
        { "about 4 months", 120 },
        { "a month", 30 },
        { "two years", 730 },
        { "we need it in 3 months", 90 },
        { "within 6 weeks", 42 },
        { "by March 1st", 45 },
        { "end of next quarter", 166 },
        { "next friday", 9 },
        { "a fortnight", 14 },
        // Must NOT be recognized.
        { "soon", null },
        { "asap", null },
        { "no idea", null },
        { "Django", null },
        { "5", null },
        { "", null },
        { null, null },
        { "  ", null },
        { "yesterday", null },
        { "sprints", null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Recognize_Utterance_ReturnsExpectedLength(string? text, double? expectedDays)
    {
        var duration = DurationRecognizer.Recognize(text, Reference);

        Assert.Equal(expectedDays, duration?.Duration.TotalDays);
    }

    /// <summary>Sprints are read as weeks but quoted in the user's words (a tester was shown "4 weeks" for "2 sprints").</summary>
    [Theory]
    [InlineData("we have 2 sprints until launch", "2 sprints")]
    [InlineData("maybe three sprints, then 4 weeks of testing", "three sprints")]
    [InlineData("in a couple of sprints", "in a couple of sprints")]
    public void Recognize_Sprints_AreQuotedInTheUsersWords(string text, string words)
    {
        Assert.Equal(words, DurationRecognizer.RecognizeWithModel(text, Reference)?.Text, ignoreCase: true);
        Assert.Equal(words, DurationRecognizer.Recognize(text, Reference)?.Text, ignoreCase: true);
    }

    [Fact]
    public void Recognize_Sprints_CountsTwoWeeksEach()
    {
        var duration = DurationRecognizer.Recognize("two sprints", Reference);

        Assert.NotNull(duration);
        Assert.Equal("P4W", duration.Timex);
    }
}
