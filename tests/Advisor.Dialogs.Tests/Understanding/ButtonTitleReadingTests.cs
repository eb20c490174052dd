using Advisor.Dialogs.Interview;
using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;

namespace Advisor.Dialogs.Tests.Understanding;

/// <summary>
/// A button press is one of a few titles and is read once per process (issue 16), so its reading
/// must not depend on when it was pressed: the same facts and cues whatever the date or hour.
/// </summary>
public sealed class ButtonTitleReadingTests
{
    private static readonly DateTimeOffset[] s_moments =
    [
        new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero),
        new(2026, 12, 31, 23, 59, 30, TimeSpan.FromHours(-8)),
        new(2027, 2, 28, 0, 0, 5, TimeSpan.FromHours(13)),
    ];

    public static TheoryData<string> Titles { get; } = [.. KnowledgeBase.Questions
        .Where(q => q.Id is Question.Size or Question.Timeline or Question.Security or Question.UseCase or Question.Experience)
        .SelectMany(q => QuestionButtons.Options(q.Id).Select(QuestionButtons.Title))];

    [Theory]
    [MemberData(nameof(Titles))]
    public void A_button_title_states_the_same_whenever_it_is_pressed(string title)
    {
        var readings = s_moments.Select(m => Fresh(title, m)).ToList();

        Assert.All(readings, r => Assert.Equal(Describe(readings[0]), Describe(r)));
    }

    [Fact]
    public void Over_6_months_pressed_states_a_long_term_timeline()
    {
        var reading = MessageReader.Read("Over 6 months", s_moments[0]);
        var again = MessageReader.Read("Over 6 months", s_moments[1]);

        Assert.Equal(Timeline.LongTerm, reading.Fact(Question.Timeline)?.Answer);
        Assert.Equal(Describe(reading), Describe(again));
    }

    private static MessageReading Fresh(string text, DateTimeOffset moment) => MessageReader.ReadUncached(text, moment);

    private static string Describe(MessageReading r) => string.Join(
        " | ",
        r.Text,
        r.Intent,
        string.Join(", ", r.Facts),
        r.Familiarity,
        r.FamiliarityWords,
        r.DeniedFamiliarity,
        r.NamedFramework,
        r.AsksWhichFramework,
        r.OtherTechnology,
        r.NotEnglish,
        r.AsksWhatIf,
        r.AsksForAnswers,
        r.SaysKeep,
        r.SaysUnsure,
        r.ButtonOf,
        string.Join(' ', r.Tokens),
        string.Join(", ", r.Cues));
}
