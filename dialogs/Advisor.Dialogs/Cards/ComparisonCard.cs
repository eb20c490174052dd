using System.Globalization;
using System.Text.Json.Nodes;
using Advisor.Knowledge;
using Bot.Core.Schema;
using Bot.Dialogs.Formatting;
using static Advisor.Dialogs.Cards.AdaptiveCards;

namespace Advisor.Dialogs.Cards;

/// <summary>Django and Flask side by side: each criterion with the user's answer and the points it gave each framework.</summary>
internal static class ComparisonCard
{
    public static Activity Build(Recommendation r, ProjectAnswers answers, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(r);
        var activity = new Activity { Type = ActivityTypes.Message, Speak = PlainText(r, answers) };
        if (CardChannels.RenderCards(channelId))
        {
            activity.Text = "Here they are side by side, scored on your answers:";
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
            "Side by side, scored on your answers (Django / Flask):",
            Markdown.BulletList(Rows(r, answers).Select(row => $"{row.Label}: {row.Django} / {row.Flask}")),
            $"Total: {Points(r.Score(Framework.Django).Total)} / {Points(r.Score(Framework.Flask).Total)}");
    }

    private static JsonObject Card(Recommendation r, ProjectAnswers answers)
    {
        var body = new List<JsonNode>
        {
            Text("Django vs Flask", size: "Medium", bold: true),
            Columns(("Criterion (your answer)", true, null), ("Django", true, "Right"), ("Flask", true, "Right")),
        };
        body.AddRange(Rows(r, answers).Select(row => (JsonNode)Columns((row.Label, false, null), (row.Django, false, "Right"), (row.Flask, false, "Right"))));
        body.Add(Columns(("Total", true, null), (Points(r.Score(Framework.Django).Total), true, "Right"), (Points(r.Score(Framework.Flask).Total), true, "Right")));
        return AdaptiveCards.Card(body);
    }

    private static IEnumerable<(string Label, string Django, string Flask)> Rows(Recommendation r, ProjectAnswers answers) =>
        KnowledgeBase.Questions.Select(q =>
        {
            var answer = q.Selected(answers)?.Label ?? "not answered";
            return ($"{q.Criterion} ({answer})", Points(PointsFor(r, Framework.Django, q.Id)), Points(PointsFor(r, Framework.Flask, q.Id)));
        });

    private static int PointsFor(Recommendation r, Framework framework, Question question) =>
        r.Score(framework).Breakdown.First(c => c.Question == question).Points;

    private static string Points(int points) => points switch
    {
        > 0 => "+" + points.ToString(CultureInfo.InvariantCulture),
        < 0 => "−" + (-points).ToString(CultureInfo.InvariantCulture),
        _ => "0",
    };
}
