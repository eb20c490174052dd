using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Tests.Recognition;

public sealed class DateRecognizerTests
{
    /// <summary>Expected ISO date relative to Wednesday 15 January 2025; null = not a date.</summary>
    public static TheoryData<string?, string?> Table => new()
    {
        { "by March 1st", "2025-03-01" },
        { "March 1st", "2025-03-01" },
        { "1 March", "2025-03-01" },
        { "end of next quarter", "2025-06-30" },
        { "next quarter", "2025-04-01" },
        { "tomorrow", "2025-01-16" },
        { "today", "2025-01-15" },
        { "next friday", "2025-01-24" },
        { "in 3 months", "2025-04-15" },
        { "six weeks", "2025-02-26" },
        { "in two sprints", "2025-02-12" },
        { "2025-05-20", "2025-05-20" },
        { "May 20, 2025", "2025-05-20" },
        { "5/20/2025", "2025-05-20" },
        { "next month", "2025-02-01" },
        { "end of next month", "2025-02-28" },
        { "by the end of March", "2025-03-31" },
        { "next year", "2026-01-01" },
        { "by June", "2025-06-01" },
        { "december 24", "2025-12-24" },
        { "in a week", "2025-01-22" },
        { "in 10 days", "2025-01-25" },
        { "June 1st 2026", "2026-06-01" },
        { "next monday", "2025-01-20" },
        { "the day after tomorrow", "2025-01-17" },
        { "a year from now", "2026-01-15" },
        // Must NOT be recognized.
        { "soon", null },
        { "whenever", null },
        { "no deadline", null },
        { "Flask", null },
        { "", null },
        { null, null },
        { "   ", null },
        { "42", null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Recognize_Utterance_ResolvesAgainstReference(string? text, string? expected)
    {
        var date = DateRecognizer.Recognize(text, DurationRecognizerTests.Reference);

        Assert.Equal(expected, date?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
