using System.Globalization;
using System.Text.Json.Nodes;
using Advisor.Knowledge;
using Bot.Core.Schema;
using Bot.Dialogs.Formatting;
using static Advisor.Dialogs.Cards.AdaptiveCards;

namespace Advisor.Dialogs.Cards;

/// <summary>
/// Django and Flask side by side: each criterion with the user's answer and how strongly it leans to
/// each framework, as filled and empty marks rather than points (issue 11: words, not scores).
/// </summary>
internal static class ComparisonCard
{
    /// <summary>Marks per framework: how strongly one answer leans its way (none, slightly, clearly, strongly).</summary>
    private const int Marks = 3;

    public static Activity Build(Recommendation r, ProjectAnswers answers, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(r);
        var activity = new Activity { Type = ActivityTypes.Message, Speak = PlainText(r, answers) };
        if (CardChannels.RenderCards(channelId))
        {
            activity.Text = "Here they are side by side: the filled marks show how strongly each of your answers leans each way.";
            activity.Attachments = [ToAttachment(Card(r, answers))];
        }
        else
        {
            activity.Text = PlainText(r, answers);
        }

        return activity;
    }

    public static string PlainText(Recommendation r, ProjectAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(r);
        return Markdown.Blocks(
            "Side by side, how each of your answers leans:",
            Markdown.BulletList(Rows(r, answers).Select(row => $"{row.Label}: {row.Leaning}")),
            Overall(r));
    }

    private static JsonObject Card(Recommendation r, ProjectAnswers answers)
    {
        var body = new List<JsonNode>
        {
            Text("Django vs Flask", size: "Medium", bold: true),
            Columns(("Criterion (your answer)", true, null), ("Django", true, "Center"), ("Flask", true, "Center")),
        };
        body.AddRange(Rows(r, answers).Select(row => (JsonNode)Columns((row.Label, false, null), (row.Django, false, "Center"), (row.Flask, false, "Center"))));
        body.Add(Text(Overall(r), bold: true, spacing: "Medium"));
        return AdaptiveCards.Card(body);
    }

    private static string Overall(Recommendation r) => r.Confidence switch
    {
        Confidence.Strong => $"Overall: {r.Winner}, clearly.",
        Confidence.Moderate => $"Overall: {r.Winner}.",
        _ => $"Overall: a close call, leaning {r.Winner}.",
    };

    private static IEnumerable<(string Label, string Django, string Flask, string Leaning)> Rows(Recommendation r, ProjectAnswers answers) =>
        KnowledgeBase.Questions.Select(q =>
        {
            var answer = q.Selected(answers)?.Label ?? "not answered";
            var lean = PointsFor(r, Framework.Django, q.Id) - PointsFor(r, Framework.Flask, q.Id);
            var strength = Strength(lean);
            return (
                $"{q.Criterion} ({answer})",
                MarksFor(lean > 0 ? strength : 0),
                MarksFor(lean < 0 ? strength : 0),
                strength == 0 ? "no lean" : $"{Words(strength)} {(lean > 0 ? Framework.Django : Framework.Flask)} {MarksFor(strength)}");
        });

    private static int Strength(int lean) => Math.Abs(lean) switch
    {
        0 => 0,
        <= 2 => 1,
        <= 4 => 2,
        _ => 3,
    };

    private static string Words(int strength) => strength switch
    {
        1 => "slightly",
        2 => "clearly",
        _ => "strongly",
    };

    private static string MarksFor(int strength) => new string('●', strength) + new string('○', Marks - strength);

    private static int PointsFor(Recommendation r, Framework framework, Question question) =>
        r.Score(framework).Breakdown.First(c => c.Question == question).Points;
}
