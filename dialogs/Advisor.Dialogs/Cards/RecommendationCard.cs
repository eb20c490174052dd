using System.Text.Json;
using System.Text.Json.Nodes;
using Advisor.Knowledge;
using Bot.Core.Schema;
using Bot.Dialogs.Formatting;
using static Advisor.Dialogs.Cards.AdaptiveCards;

namespace Advisor.Dialogs.Cards;

/// <summary>
/// The recommendation as an Adaptive Card and as plain text with the same content: the verdict and
/// its confidence, both sides (and a split) when the source argues for both, how a stated familiarity
/// counted, the reasons tied to the user's answers, the trade-offs, the runner-up and what would flip
/// it, and the FastAPI note when it applies.
/// </summary>
internal static class RecommendationCard
{
    public static Activity Build(
        Recommendation recommendation, ProjectAnswers answers, int cardId, string? channelId, IReadOnlyDictionary<Question, string>? words = null)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var plain = PlainText(recommendation, answers, words);
        var activity = new Activity { Type = ActivityTypes.Message, InputHint = InputHints.AcceptingInput, Speak = plain };
        if (CardChannels.RenderCards(channelId))
        {
            // The card carries the details; the text is a one-line summary so the chat does not show everything twice.
            activity.Text = Headline(recommendation, answers);
            activity.Attachments = [ToAttachment(Card(recommendation, answers, cardId, channelId, words))];
        }
        else
        {
            activity.Text = plain;
        }

        return activity;
    }

    public static string Headline(Recommendation r, ProjectAnswers answers) => r.TwoSided is { } call
        ? $"I recommend {r.Winner} (close call) for {KnowledgeBase.VerdictSummary(answers)}{(call.Split is null ? "" : ", though splitting the work between both is an option")}."
        : $"I recommend {r.Winner} ({ConfidenceLabel(r.Confidence).ToLowerInvariant()}) for {KnowledgeBase.VerdictSummary(answers)}.";

    public static string PlainText(Recommendation r, ProjectAnswers answers, IReadOnlyDictionary<Question, string>? words = null)
    {
        ArgumentNullException.ThrowIfNull(r);
        return Markdown.Blocks(
            Headline(r, answers),
            r.SecurityCaution,
            r.TwoSided is { } call ? Markdown.Blocks(call.Summary, Markdown.BulletList(SideLines(call))) : null,
            r.FamiliarityNote,
            "Why:",
            Markdown.BulletList(r.Reasons.Select(reason => ReasonLine(reason, words))),
            "Trade-offs to expect:",
            Markdown.BulletList(TradeOffLines(r)),
            RunnerUpLine(r),
            CloseCallLine(r, answers),
            r.FastApiNote);
    }

    public static string RunnerUpLine(Recommendation r) => r.FlipText is { } flip ? $"Runner-up: {r.RunnerUp}. {flip}" : $"Runner-up: {r.RunnerUp}.";

    /// <summary>A reason, led by the user's own words for that answer when they gave some: "“Stripe payments”: Payments … need strong protection …".</summary>
    public static string ReasonLine(Reason reason, IReadOnlyDictionary<Question, string>? words)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return words is not null && words.TryGetValue(reason.Question, out var said) ? $"“{said}”: {reason.Text}" : reason.Text;
    }

    /// <summary>Each side's case, then the split when the source supports one.</summary>
    public static IEnumerable<string> SideLines(TwoSidedCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.Split is { } split ? [call.Django.Text, call.Flask.Text, split] : [call.Django.Text, call.Flask.Text];
    }

    /// <summary>The trade-offs, or one line saying none of the winner's known costs applies to these answers.</summary>
    public static IEnumerable<string> TradeOffLines(Recommendation r) =>
        r.TradeOffs.Count > 0 ? r.TradeOffs.Select(t => t.Text) : [$"Nothing in your answers makes {r.Winner}'s known costs bite."];

    /// <summary>
    /// For a close call whose deciding question is still open (unanswered, or experience not given), that it
    /// could tip it; an answered question, "another kind of project" included, is never called open: the
    /// runner-up line names what would change it instead.
    /// </summary>
    public static string? CloseCallLine(Recommendation r, ProjectAnswers answers) =>
        r.Confidence == Confidence.CloseCall && r.TwoSided is null && r.DecidingQuestion is { } q
            && KnowledgeBase.Question(q).Selected(answers) is null or { IsUnsure: true, Question: not Question.UseCase }
            ? $"It's a close call: {AdvisorStrings.QuestionTitle(q).ToLowerInvariant()} could tip it either way."
            : null;

    /// <summary>
    /// What replaces a card whose buttons no longer apply (Teams refreshes the card from an Action.Execute
    /// response): no verdict, since the answers behind it have changed, and no buttons left to press.
    /// </summary>
    public static JsonObject Retired() => AdaptiveCards.Card([Text("Earlier recommendation", bold: true), Text(AdvisorStrings.RetiredCard, subtle: true)]);

    /// <summary>The card itself. In Teams its buttons are Action.Execute, so pressing one can return a refreshed card.</summary>
    public static JsonObject Card(Recommendation r, ProjectAnswers answers, int cardId, string? channelId, IReadOnlyDictionary<Question, string>? words = null)
    {
        ArgumentNullException.ThrowIfNull(r);
        var body = new List<JsonNode>
        {
            Text(r.TwoSided is null ? $"My recommendation: {r.Winner}" : $"A close call: I lean {r.Winner}", size: "Large", bold: true),
            Text($"{ConfidenceLabel(r.Confidence)} · for {KnowledgeBase.VerdictSummary(answers)}", subtle: true, spacing: "None"),
        };
        if (r.SecurityCaution is { } caution)
        {
            body.Add(Text(caution, color: "Attention", spacing: "Medium"));
        }

        if (r.TwoSided is { } call)
        {
            body.Add(Text(call.Summary, bold: true, spacing: "Medium"));
            body.AddRange(SideLines(call).Select(line => Text("• " + line, spacing: "Small")));
        }

        if (r.FamiliarityNote is { } familiarity)
        {
            body.Add(Text(familiarity, spacing: "Medium"));
        }

        body.Add(Text("Why", bold: true, spacing: "Medium"));
        body.AddRange(r.Reasons.Select(reason => Text("• " + ReasonLine(reason, words), spacing: "Small")));
        body.Add(Text("Trade-offs to expect", bold: true, spacing: "Medium"));
        body.AddRange(TradeOffLines(r).Select(t => Text("• " + t, spacing: "Small")));
        body.Add(Text(RunnerUpLine(r), spacing: "Medium"));
        if (CloseCallLine(r, answers) is { } closeCall)
        {
            body.Add(Text(closeCall, color: "Attention"));
        }

        if (r.FastApiNote is { } note)
        {
            body.Add(Text(note, subtle: true));
        }

        JsonNode Button(string title, FollowUp followUp) => channelId == Channels.MsTeams
            ? Execute(title, JsonNamingPolicy.CamelCase.ConvertName(followUp.ToString()), CardPress.Data(followUp, cardId))
            : Submit(title, CardPress.Data(followUp, cardId));

        JsonNode[] actions =
        [
            Button(AdvisorStrings.WhyNotButton(r.RunnerUp), FollowUp.WhyNot),
            Button(AdvisorStrings.CompareButton, FollowUp.Compare),
            Button(AdvisorStrings.RecordButton, FollowUp.Record),
            Button(AdvisorStrings.ChangeButton, FollowUp.Change),
            Button(AdvisorStrings.StartOverButton, FollowUp.StartOver),
        ];
        return AdaptiveCards.Card(body, actions);
    }

    private static string ConfidenceLabel(Confidence confidence) => confidence switch
    {
        Confidence.Strong => "Strong recommendation",
        Confidence.Moderate => "Moderate confidence",
        _ => "Close call",
    };
}

/// <summary>Which channels render Adaptive Cards; elsewhere the advisor sends the plain-text rendering only.</summary>
internal static class CardChannels
{
    public static bool RenderCards(string? channelId) =>
        channelId is Channels.MsTeams or Channels.DirectLine or Channels.WebChat or Channels.Emulator or Channels.Test;
}
