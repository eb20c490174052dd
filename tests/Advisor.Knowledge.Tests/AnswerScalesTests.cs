namespace Advisor.Knowledge.Tests;

public sealed class AnswerScalesTests
{
    [Theory]
    [InlineData(1, Timeline.Weeks)]
    [InlineData(21, Timeline.Weeks)]
    [InlineData(31, Timeline.Weeks)]
    [InlineData(32, Timeline.Months)]
    [InlineData(90, Timeline.Months)]
    [InlineData(183, Timeline.Months)]
    [InlineData(184, Timeline.LongTerm)]
    [InlineData(365, Timeline.LongTerm)]
    public void TimelineFromDuration_Days_MapsToTheDocumentedScale(int days, Timeline expected)
    {
        Assert.Equal(expected, AnswerScales.TimelineFromDuration(TimeSpan.FromDays(days)));
    }

    [Theory]
    [InlineData(1, ProjectSize.Small)]
    [InlineData(3, ProjectSize.Small)]
    [InlineData(4, ProjectSize.Medium)]
    [InlineData(10, ProjectSize.Medium)]
    [InlineData(11, ProjectSize.Large)]
    [InlineData(200, ProjectSize.Large)]
    public void SizeFromTeamSize_Developers_MapsToTheDocumentedScale(int developers, ProjectSize expected)
    {
        Assert.Equal(expected, AnswerScales.SizeFromTeamSize(developers));
    }

    [Fact]
    public void TimelineFromDuration_ZeroOrNegative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AnswerScales.TimelineFromDuration(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnswerScales.TimelineFromDuration(TimeSpan.FromDays(-1)));
    }

    [Fact]
    public void SizeFromTeamSize_NoDevelopers_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AnswerScales.SizeFromTeamSize(0));
    }
}
