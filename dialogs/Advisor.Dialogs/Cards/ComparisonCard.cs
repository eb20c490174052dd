using System.Text.Json.Nodes;
using Advisor.Knowledge;
using Bot.Core.Schema;
using Bot.Dialogs.Formatting;
using static Advisor.Dialogs.Cards.AdaptiveCards;

namespace Advisor.Dialogs.Cards;

/// <summary>One row of the comparison: a criterion (or the familiarity that settled a close call) and how it leans.</summary>
internal sealed record ComparisonRow(string Label, Question? Question, int DjangoMarks, int FlaskMarks, string Django, string Flask, string Leaning, bool Decides);

/// <summary>
/// Django and Flask side by side: each criterion with the user's answer and how strongly it leans to
/// each framework, as filled and empty marks rather than points (issue 11: words, not scores). Each mark
/// is one step of lean, so the marks add up to the verdict; when a stated familiarity settles a close call,
/// a row says so, so the table explains the result.
/// </summary>
internal static class ComparisonCard
{
    /// <summary>Marks per framework: the most any one answer leans (a large project, high security).</summary>
    private const int Marks = 5;

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

    /// <summary>A row per criterion, then one for a stated familiarity (deciding or not).</summary>
    public static IReadOnlyList<ComparisonRow> Rows(Recommendation r, ProjectAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(answers);
        var rows = KnowledgeBase.Questions.Select(q =>
        {
            var answer = q.Selected(answers)?.Label ?? "not answered";
            var lean = PointsFor(r, Framework.Django, q.Id) - PointsFor(r, Framework.Flask, q.Id);
            var marks = Math.Min(Math.Abs(lean), Marks);
            var toward = lean > 0 ? Framework.Django : Framework.Flask;
            return new ComparisonRow(
                $"{q.Criterion} ({answer})",
                q.Id,
                lean > 0 ? marks : 0,
                lean < 0 ? marks : 0,
                MarksFor(lean > 0 ? marks : 0),
                MarksFor(lean < 0 ? marks : 0),
                marks == 0 ? "no lean" : $"{Words(marks)} {toward} {MarksFor(marks)}",
                Decides: false);
        }).ToList();
        if (answers.Familiarity is { } known)
        {
            var (mark, leaning) = r.DecidedByFamiliarity
                ? ("✔ decides", $"settles this close call for {r.Winner}")
                : ("–", $"counts only on a close call, and this one is clear enough for {r.Winner}");
            rows.Add(new ComparisonRow(
                $"Familiarity (you know {known})", null, 0, 0,
                known == Framework.Django ? mark : "–", known == Framework.Flask ? mark : "–", leaning, r.DecidedByFamiliarity));
        }

        return rows;
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
        _ when r.DecidedByFamiliarity => $"Overall: a close call on your answers, settled for {r.Winner} by your familiarity.",
        Confidence.Strong => $"Overall: {r.Winner}, clearly.",
        Confidence.Moderate => $"Overall: {r.Winner}.",
        _ => $"Overall: a close call, leaning {r.Winner}.",
    };

    private static string Words(int marks) => marks switch
    {
        <= 2 => "slightly",
        <= 4 => "clearly",
        _ => "strongly",
    };

    private static string MarksFor(int marks) => new string('●', marks) + new string('○', Marks - marks);

    private static int PointsFor(Recommendation r, Framework framework, Question question) =>
        r.Score(framework).Breakdown.First(c => c.Question == question).Points;
}
