using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Tests.Recognition;

public sealed class DateTimeCuesTests
{
    /// <summary>Dates, times and durations in the forms users type; the model finds something in each.</summary>
    public static TheoryData<string> Dated =>
    [
        "3 months", "three months", "in two sprints", "a sprint", "a couple of months", "half a year", "a fortnight",
        "by March 1st", "end of next quarter", "next friday", "yesterday", "tomorrow morning", "tonight", "right now",
        "at noon", "by christmas", "after easter", "this weekend", "in the summer", "mid-May", "Jan 5", "on Tuesday",
        "by the end of the year", "first week of June", "within a decade", "as soon as possible", "next month",
        "two hours", "at five o'clock", "a week ago", "every day", "later this week", "by thanksgiving",
        "the day after tomorrow", "We need it live in about eight months", "due in 3 weeks", "launch on 2025-03-01",
    ];

    /// <summary>Button labels and answers with no date in them.</summary>
    public static TheoryData<string> Undated =>
    [
        "hi", "Payments or health", "Online shop", "Experienced", "Content site / CMS", "Not sure", "Django",
        "an API for our ML model", "yes please", "start over",
    ];

    [Theory]
    [MemberData(nameof(Dated))]
    public void CanHold_TextTheModelFindsADateIn_IsTrue(string text)
    {
        Assert.NotEmpty(DateTimeResolutions.RunModel(text, new DateTime(2025, 1, 15, 10, 0, 0)));

        Assert.True(DateTimeCues.CanHold(text));
    }

    [Theory]
    [MemberData(nameof(Undated))]
    public void CanHold_TextWithoutDateWords_IsFalseAndTheModelAgrees(string text)
    {
        Assert.Empty(DateTimeResolutions.RunModel(text, new DateTime(2025, 1, 15, 10, 0, 0)));

        Assert.False(DateTimeCues.CanHold(text));
    }
}
