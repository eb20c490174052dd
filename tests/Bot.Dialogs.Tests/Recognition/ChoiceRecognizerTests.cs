using Bot.Dialogs.Prompts;
using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Tests.Recognition;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] s_sizes =
    [
        new("Solo"),
        new("Small team", ["a few of us", "startup"]),
        new("Large team", ["enterprise"]),
        new("Café crew"),
    ];

    /// <summary>Expected index into <see cref="s_sizes"/>; -1 = nothing recognized (unknown or ambiguous).</summary>
    public static TheoryData<string?, int> Table => new()
    {
        { "Solo", 0 },
        { "solo", 0 },
        { "SOLO!", 0 },
        { "Small team", 1 },
        { "small TEAM", 1 },
        { "Large team", 2 },
        { "cafe crew", 3 },
        { "CAFÉ CREW", 3 },
        { "enterprise", 2 },
        { "a few of us", 1 },
        { "we are a startup", 1 },
        { "we're an enterprise", 2 },
        { "large", 2 },
        { "a large one", 2 },
        { "small", 1 },
        { "café", 3 },
        { "1", 0 },
        { "2", 1 },
        { "4", 3 },
        { "two", 1 },
        { "option 3", 2 },
        { "the second one", 1 },
        { "first", 0 },
        { "the third", 2 },
        { "last", 3 },
        { "let's go with the last", 3 },
        { "what was the first question again?", -1 },
        { "the last one", 3 },
        { "we are a large team", 2 },
        // Must NOT be recognized: unknown, out of range, ambiguous, empty.
        { "team", -1 },
        { "small or large team", -1 },
        { "5", -1 },
        { "0", -1 },
        { "the fifth one", -1 },
        { "medium", -1 },
        { "", -1 },
        { null, -1 },
        { "   ", -1 },
        { "I have 2 kids and a dog", -1 },
        // "next" is relative to where the user is, not a position; a weak shared word picks nothing.
        { "next", -1 },
        { "the next one please", -1 },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Recognize_Utterance_PicksExpectedChoice(string? text, int expectedIndex)
    {
        var recognition = ChoiceRecognizer.Recognize(text, s_sizes);

        Assert.Equal(expectedIndex, recognition.Match?.Index ?? -1);
        if (recognition.Match is { } match)
        {
            Assert.Equal(s_sizes[expectedIndex].Value, match.Value);
        }
    }

    [Fact]
    public void Recognize_AmbiguousWord_ReportsCandidates()
    {
        var recognition = ChoiceRecognizer.Recognize("team", s_sizes);

        Assert.True(recognition.IsAmbiguous);
        Assert.Equal([1, 2], recognition.Ambiguous.Select(c => c.Index));
    }

    [Theory]
    [InlineData("Large team", 2)]
    [InlineData("ENTERPRISE", 2)]
    [InlineData("cafe crew", 3)]
    [InlineData("the last one", 3)]
    [InlineData("the second one", 1)]
    [InlineData("2", -1)]
    [InlineData("large", -1)]
    [InlineData("a large team", -1)]
    [InlineData("the first three months", -1)]
    public void RecognizeExplicit_OnlyTheWholeValueOrSynonymOrAPosition(string text, int expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.RecognizeExplicit(text, s_sizes).Match?.Index ?? -1);
    }
}
