using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;

namespace Advisor.Dialogs.Tests.Understanding;

/// <summary>A question about the bot's own question answers nothing (fifth-pass testers and review).</summary>
public sealed class QuestionAboutTheQuestionTests
{
    private static readonly DateTimeOffset Reference = ProjectDescriptionReaderTests.Reference;

    /// <summary>A question about the bot's own question answers nothing: two testers had theirs recorded as answers.</summary>
    [Theory]
    [InlineData("what do you mean by experienced? like years?")]
    [InlineData("whats the difference between 1-6 months and over 6 for you")]
    [InlineData("whats the difference between medium and large")]
    public void Read_QuestionAboutTheQuestion_IsHelpAndStatesNothing(string text)
    {
        var reading = MessageReader.Read(text, Reference);

        Assert.Equal(Intent.Help, reading.Intent);
        Assert.Empty(reading.Facts);
    }

    [Theory]
    [InlineData("what's the difference?", Intent.Compare)]
    [InlineData("what's the difference between the two?", Intent.Compare)]
    [InlineData("what's the difference between django and flask for a team of 5?", Intent.Compare)]
    [InlineData("what's the difference between these two?", Intent.Compare)]
    [InlineData("what's the difference between the frameworks for a 3 person team?", Intent.Compare)]
    public void Read_TheDifferenceBetweenTheFrameworks_IsStillACompare(string text, Intent expected) =>
        Assert.Equal(expected, MessageReader.Read(text, Reference).Intent);

    [Fact]
    public void Read_WhatIMeanIs_TellsPlainly()
    {
        var fact = MessageReader.Read("what I mean is we're 8 devs, not 3", Reference).Fact(Question.Size);

        Assert.NotNull(fact);
        Assert.False(fact.Asked);
    }

    [Fact]
    public void Read_QuestionAboutTheQuestionThenAnAnswer_KeepsTheAnswer() =>
        Assert.Equal("Medium", MessageReader.Read("what counts as medium? we're 5 devs", Reference).Fact(Question.Size)?.Answer.Name);
}
