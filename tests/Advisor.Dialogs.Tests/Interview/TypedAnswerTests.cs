using Advisor.Knowledge;

namespace Advisor.Dialogs.Tests.Interview;

/// <summary>
/// Typed answers to the question being asked, checked where the user sees them: in the "I recommend …
/// for …" line. What an answer says beats a loose match on the buttons' shared words ("people", "months").
/// </summary>
public sealed class TypedAnswerTests
{
    // Button answers for every question, in asking order; the question under test gets the typed answer instead.
    private static readonly string[] Buttons = ["Small (1–3 people)", "A few weeks", "Standard", "Prototype / MVP", "Beginners"];

    public static TheoryData<Question, string, string> Answers { get; } = new()
    {
        { Question.Size, "5 people", "a medium-sized project" },
        { Question.Size, "we are 9 people", "a medium-sized project" },
        { Question.Size, "2", "a small project" },
        { Question.Size, "Medium (4–10)", "a medium-sized project" },
        { Question.Size, "large", "a large project" },
        { Question.Size, "the last one", "a large project" },
        { Question.Timeline, "9 months", "more than six months" },
        { Question.Timeline, "nine months", "more than six months" },
        { Question.Timeline, "18 months", "more than six months" },
        { Question.Timeline, "4 months", "one to six months" },
        { Question.Timeline, "1–6 months", "one to six months" },
        { Question.Timeline, "2", "one to six months" },
        // Six weeks is in the "1–6 months" bucket, and said so: testers objected to "a few months".
        { Question.Timeline, "6 weeks", "one to six months" },
        { Question.Security, "Payments or health", "high security" },
        { Question.Experience, "Some experience", "fairly experienced with Python web development" },
        // Years given to the experience question are experience, and the timeline answered before stays.
        { Question.Experience, "8 years", "MVP, experienced with Python web development" },
        { Question.Experience, "about 5 years I said", "for a small project, a few weeks, standard security" },
        { Question.Experience, "a year or so", "MVP, fairly experienced with Python web development" },
        { Question.Experience, "2 months", "MVP, new to Python web development" },
        // Beside a mixed answer too, the lead's years are experience, not the timeline (a third tester).
        { Question.Experience, "mixed: our lead has ten years, the two juniors about one year each", "for a small project, a few weeks, standard security" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task TypedAnswer_EndsUpInTheRecommendation(Question question, string typed, string expected)
    {
        var harness = new AdvisorHarness();
        await harness.SendAsync(harness.Adapter.MakeMessage("Ask me the questions"));
        var asked = KnowledgeBase.Questions.ToList().FindIndex(q => q.Id == question);
        for (var i = 0; i < Buttons.Length; i++)
        {
            await harness.SendAsync(harness.Adapter.MakeMessage(i == asked ? typed : Buttons[i]));
        }

        var recommendation = Assert.Single(harness.DrainReplies(), r => r.Text?.StartsWith("I recommend", StringComparison.Ordinal) == true);
        Assert.Contains(expected, recommendation.Text, StringComparison.Ordinal);
    }
}
