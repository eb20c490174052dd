using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;

namespace Advisor.Dialogs.Tests.Understanding;

/// <summary>Years spent, lengths of work and dates restated as lengths: which is the schedule (fifth-pass testers and review).</summary>
public sealed class TimeSpentReadingTests
{
    private static readonly DateTimeOffset Reference = ProjectDescriptionReaderTests.Reference;

    /// <summary>Years spent with a language or framework are experience: testers' "3 years of django" became more than six months and moved the verdict.</summary>
    [Theory]
    [InlineData("pretty experienced, as I said 3 years of django")]
    [InlineData("we've been writing python web apps for about 5 years")]
    [InlineData("5 years of python web dev")]
    [InlineData("we are using django since 8 years")]
    [InlineData("we're both Django people for like 4 years")]
    [InlineData("some. used django at my last job for ~2 yrs")]
    [InlineData("We've built Flask shops for 7 years.")]
    [InlineData("a couple of years with Flask, nothing with Django")]
    [InlineData("over a decade of Python")]
    [InlineData("10+ yrs Python each, mostly Flask")]
    [InlineData("seniors, 10+ yrs each")]
    [InlineData("fyi one of the two devs has only 6 months of Python")]
    [InlineData("We'd honestly prefer Flask since both devs have used it for years and never touched Django.")]
    [InlineData("we'll hire 2 more this quarter")]
    public void Read_YearsOfExperience_AreNotTheTimeline(string text) =>
        Assert.Null(MessageReader.Read(text, Reference).Fact(Question.Timeline));

    [Theory]
    [InlineData("I'll be coding it for about 2 months", "Months")]
    [InlineData("we'll be developing it for 6 months then launch", "Months")]
    [InlineData("we need 2 django devs for 3 months", "Months")]
    [InlineData("we have 6 months of django work ahead", "Months")]
    [InlineData("3 months of flask development", "Months")]
    [InlineData("We got funding for 12 months of dev before launch", "LongTerm")]
    [InlineData("6 months of development", "Months")]
    public void Read_MonthsOfWork_AreTheTimeline(string text, string expected) =>
        Assert.Equal(expected, MessageReader.Read(text, Reference).Fact(Question.Timeline)?.Answer.Name);

    [Theory]
    [InlineData("we launch by March, so 2 weeks of testing at the end", "Months")]
    [InlineData("by March, so 3 years of django experience is plenty", "Months")]
    public void Read_DateThenALengthThatIsNotItsEstimate_KeepsTheDate(string text, string expected) =>
        Assert.Equal(expected, MessageReader.Read(text, Reference).Fact(Question.Timeline)?.Answer.Name);

    [Fact]
    public void Read_DateThenAnUnrelatedLength_KeepsTheDate() =>
        Assert.Equal("September", MessageReader.Read("first release in September, we have 6 developers and 2 weeks of vacation", Reference).Fact(Question.Timeline)?.Words);
}
