using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Advisor.Dialogs.Cards;
using Advisor.Dialogs.State;
using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;
using Bot.Core.Schema;
using Bot.Dialogs;

namespace Advisor.Dialogs.Results;

/// <summary>
/// The recommendation as a Markdown decision record a tech lead can take to the team (issue 11):
/// context (the answers and the words behind them), decision, reasons, trade-offs, the alternative and
/// why not, what would change it, the source and knowledge version, and the date. Built on request
/// from the conversation's own state; nothing is stored.
/// </summary>
internal static class DecisionRecord
{
    public const string FileName = "decision-record.md";

    private static readonly string[] Asks = ["share", "export", "decision record", "write it up", "write this up", "download"];

    /// <summary>"share", "export this", "can I get a decision record?".</summary>
    public static bool IsAskedFor(MessageReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var words = TextTokens.Words(reading.Text);
        return !reading.StatesFacts && Asks.Any(a => TextTokens.Contains(words, TextTokens.Words(a)));
    }

    /// <summary>Web Chat gets a downloadable file; Teams, the Emulator and others a Markdown message to copy.</summary>
    public static Activity Build(Recommendation r, AdvisorState state, DateTimeOffset now, string? channelId)
    {
        var markdown = Markdown(r, state, now);
        if (channelId is Channels.WebChat or Channels.DirectLine)
        {
            // Web Chat renders a text/* attachment without inline content as its file attachment: a download
            // link named after the file (a data: URL is allowed), with the size shown from attachmentSizes.
            var bytes = Encoding.UTF8.GetBytes(markdown);
            return new Activity
            {
                Type = ActivityTypes.Message,
                Text = "Here's your decision record as a Markdown file to download and share.",
                Attachments =
                [
                    new Attachment
                    {
                        ContentType = "text/markdown",
                        Name = FileName,
                        ContentUrl = "data:text/markdown;base64," + Convert.ToBase64String(bytes),
                    },
                ],
                ChannelData = JsonSerializer.SerializeToElement(new JsonObject { ["attachmentSizes"] = new JsonArray(bytes.Length) }, DialogsJsonContext.Default.JsonObject),
            };
        }

        return new Activity { Type = ActivityTypes.Message, TextFormat = "markdown", Text = markdown };
    }

    public static string Markdown(Recommendation r, AdvisorState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(state);
        var md = new StringBuilder();
        Line(md, $"# Decision record: {r.Winner} for {KnowledgeBase.VerdictSummary(state.Answers)}");
        Line(md);
        Line(md, "## Context");
        foreach (var question in KnowledgeBase.Questions)
        {
            if (ContextLine(question, state) is { } line)
            {
                Line(md, $"- {AdvisorStrings.QuestionTitle(question.Id)}: {line}");
            }
        }

        if (state.Familiarity is { } known)
        {
            Line(md, $"- Knows {known}{(state.FamiliarityWords is { } fw ? $" (from “{fw}”)" : "")}");
        }

        Line(md);
        Line(md, "## Decision");
        Line(md, $"{r.Winner}, {ConfidenceWords(r.Confidence)}.");
        if (r.TwoSided is { } call)
        {
            Line(md, call.Summary);
            foreach (var side in RecommendationCard.SideLines(call))
            {
                Line(md, $"- {side}");
            }
        }

        if (r.FamiliarityNote is { } familiarity)
        {
            Line(md, familiarity);
        }

        Section(md, "Reasons", r.Reasons.Select(x => RecommendationCard.ReasonLine(x, state.Words)));
        Section(md, "Trade-offs", r.TradeOffs.Select(t => t.Text).DefaultIfEmpty($"Nothing in the answers makes {r.Winner}'s known costs bite."));
        Section(md, $"Alternative considered: {r.RunnerUp}", r.RunnerUpCosts.Select(c => c.Text).DefaultIfEmpty($"On these answers the article's case for {r.Winner} is stronger."));
        Line(md, "## What would change it");
        Line(md, r.FlipText ?? (r.DecidingQuestion is { } q ? $"{AdvisorStrings.QuestionTitle(q)} could tip it either way." : "Only a large change to an answer would."));
        Line(md);
        Line(md, "## Source");
        Line(md, $"Framework Advisor, knowledge version {r.KnowledgeVersion}. Every reason and trade-off above comes from {SourceArticle.Description}.");
        Line(md, $"Date: {now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        return md.ToString();
    }

    /// <summary>
    /// An answer and the words it came from. "Not sure" or "skip" was no answer, so it is left out; another
    /// kind of project is given in the user's words ("a blog"), since its label alone says nothing.
    /// </summary>
    private static string? ContextLine(QuestionDefinition question, AdvisorState state)
    {
        var said = state.Words.GetValueOrDefault(question.Id);
        return question.Selected(state.Answers) switch
        {
            null => null,
            { IsUnsure: true } when said is null || Lexicon.Unsure.Any(p => TextTokens.Contains(TextTokens.Words(said), p)) => null,
            { IsUnsure: true } => $"“{said}”, which the article weighs for neither framework",
            { } option => said is null ? option.Label : $"{option.Label} (from “{said}”)",
        };
    }

    private static string ConfidenceWords(Confidence confidence) => confidence switch
    {
        Confidence.Strong => "a strong recommendation",
        Confidence.Moderate => "with moderate confidence",
        _ => "a close call",
    };

    private static void Section(StringBuilder md, string title, IEnumerable<string> bullets)
    {
        if (md.Length < 2 || md[^2] != '\n')
        {
            Line(md); // one blank line between sections, never two
        }

        Line(md, $"## {title}");
        foreach (var bullet in bullets)
        {
            Line(md, $"- {bullet}");
        }

        Line(md);
    }

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
