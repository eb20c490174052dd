using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Tests.Recognition;

/// <summary>The Recognizers.Text assemblies load and work (foundation issue): see build/RecognizersText.props.</summary>
public sealed class RecognizersImportTests
{
    private static readonly DateTimeOffset s_reference = new(2025, 1, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RecognizeInt_AboutFiveDevelopers_IsFive() =>
        Assert.Equal(5, NumberRecognizer.RecognizeInt("about five developers"));

    [Fact]
    public void RecognizeDuration_ThreeMonths_IsThreeMonths()
    {
        var duration = DurationRecognizer.Recognize("three months", s_reference);

        Assert.NotNull(duration);
        Assert.Equal("P3M", duration.Timex);
        Assert.Equal(TimeSpan.FromDays(90), duration.Duration);
    }
}
