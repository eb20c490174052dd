using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;

namespace Advisor.Dialogs.Tests.Understanding;

/// <summary>Pushback after a verdict, from fifth-pass testers and a review: which framework the user means to go with.</summary>
public sealed class PreferenceReaderTests
{
    [Theory]
    [InlineData("I still prefer Flask, can we go with it?", Framework.Flask)]
    [InlineData("we'll stick with flask anyway", Framework.Flask)]
    [InlineData("can we go with django?", Framework.Django)]
    [InlineData("instead of django we'll go with flask", Framework.Flask)]
    [InlineData("Honestly, our lead dev hates Django and wants Flask. Can we make Flask work?", Framework.Flask)]
    [InlineData("Leaning Flask unless there's a strong reason not to", Framework.Flask)]
    [InlineData("I'd actually prefer Django because the built-in admin would save us an admin UI", Framework.Django)]
    public void Read_Preference_IsTheFrameworkItNames(string text, Framework expected) =>
        Assert.Equal(expected, PreferenceReader.Read(MessageReader.Read(text, ProjectDescriptionReaderTests.Reference)));

    [Theory]
    [InlineData("we don't want to go with django")]
    [InlineData("django is overkill anyway")]
    [InlineData("do you prefer flask?")]
    [InlineData("why not go with flask?")]
    [InlineData("what if we go with flask and 5 devs?")]
    public void Read_NoPreference_IsNull(string text) =>
        Assert.Null(PreferenceReader.Read(MessageReader.Read(text, ProjectDescriptionReaderTests.Reference)));
}
