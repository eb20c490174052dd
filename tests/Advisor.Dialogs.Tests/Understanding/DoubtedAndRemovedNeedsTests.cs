using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;

namespace Advisor.Dialogs.Tests.Understanding;

/// <summary>Needs the user is unsure of, or takes away, and features that only sound like a removal (fifth-pass testers and review).</summary>
public sealed class DoubtedAndRemovedNeedsTests
{
    private static readonly DateTimeOffset Reference = ProjectDescriptionReaderTests.Reference;

    /// <summary>A need the user is unsure of only hints at the answer: it fills an open one but never replaces one given.</summary>
    [Theory]
    [InlineData("not sure yet if we'll need payments later")]
    [InlineData("not sure we even need logins tbh, maybe later")]
    [InlineData("They MIGHT want ticket payments, they haven't decided")]
    public void Read_UncertainNeed_IsAHint(string text)
    {
        var fact = MessageReader.Read(text, Reference).Fact(Question.Security);

        Assert.NotNull(fact);
        Assert.True(fact.Hint);
    }

    [Fact]
    public void Read_SureOfANeed_StatesIt() =>
        Assert.False(MessageReader.Read("we're sure if it has logins it needs security", Reference).Fact(Question.Security)?.Hint ?? true);

    [Theory]
    [InlineData("drag and drop file uploads, users log in", "Elevated")]
    [InlineData("we take payments, drop the admin panel", "High")]
    [InlineData("customers can remove their payment details", "High")]
    [InlineData("admins can remove user profiles", "Elevated")]
    [InlineData("if we lose payment data we are in big trouble", "High")]
    [InlineData("we need logins for staff and for all the managers probably not", "Elevated")]
    public void Read_NeedNotTakenAway_IsKept(string text, string expected) =>
        Assert.Equal(expected, MessageReader.Read(text, Reference).Fact(Question.Security)?.Answer.Name);
}
