using System.Globalization;
using System.Text;

namespace Advisor.Knowledge.Tests;

/// <summary>Renders the knowledge (questions, weights, facts, sources) as the Markdown in docs/knowledge.md.</summary>
internal static class KnowledgeDocument
{
    public const string RegenerateVariable = "UPDATE_KNOWLEDGE_DOC";

    public static string Render()
    {
        var md = new StringBuilder();
        Line(md, "# Knowledge model");
        Line(md);
        Line(md, "<!-- Generated from src/Advisor.Knowledge by tests/Advisor.Knowledge.Tests (KnowledgeDocumentTests). Do not edit by hand:");
        Line(md, $"     {RegenerateVariable}=1 dotnet test tests/Advisor.Knowledge.Tests --artifacts-path /tmp/art-knowledge -->");
        Line(md);
        Line(md, $"Knowledge version **{KnowledgeBase.Version}**, built from the seed document `{KnowledgeBase.SeedFile}`.");
        Line(md, "Every fact quotes its seed passage exactly; a test checks each one against the seed file.");
        Line(md);
        RenderRules(md);
        foreach (var question in KnowledgeBase.Questions)
        {
            RenderQuestion(md, question);
        }

        RenderFacts(md);
        return md.ToString();
    }

    private static void RenderRules(StringBuilder md)
    {
        Line(md, "## How a verdict is reached");
        Line(md);
        Line(md, "- Each answer adds the evidence in its row: points for a framework, each backed by a fact.");
        Line(md, "  Unanswered questions, \"another kind of project\" and \"a team of unknown experience\" add nothing.");
        Line(md, "- The margin is Django's total minus Flask's. Required answers carry odd margins and optional ones even");
        Line(md, "  margins, so with the required questions answered there is never a tie. A tie (only possible with a");
        Line(md, "  required answer missing) goes to Flask, the seed's lighter way in.");
        Line(md, $"- Confidence: a margin of {Verdict.StrongFrom} or more is strong, {Verdict.ModerateFrom} to {Verdict.StrongFrom - 1} moderate, less is a close call.");
        Line(md, "- Reasons: one per answer that favours the winner on balance, strongest first; an answer that helps");
        Line(md, $"  both, the runner-up more, only to reach {Explanation.MinimumReasons} reasons. Trade-offs: the winner's costs,");
        Line(md, $"  first those your answers make bite, then others up to {Explanation.TradeOffsShown}. \"Why not the runner-up?\"");
        Line(md, "  leads with the runner-up's costs that your answers make bite.");
        Line(md, "- Flip: the single change of answer that makes the runner-up win while moving the margin least;");
        Line(md, "  \"robust\" when none does. A close call names the open question that would decide it.");
        Line(md, "- FastAPI is suggested only for APIs and ML model serving (the seed names it only for simple endpoints).");
        Line(md, $"- Scales: a timeline up to {Days(AnswerScales.WeeksUpTo)} days is \"{KnowledgeBase.Label(Timeline.Weeks)}\", up to {Days(AnswerScales.MonthsUpTo)} days");
        Line(md, $"  \"{KnowledgeBase.Label(Timeline.Months)}\", longer \"{KnowledgeBase.Label(Timeline.LongTerm)}\"; a team of up to {AnswerScales.SmallTeamUpTo} developers");
        Line(md, $"  is \"{KnowledgeBase.Label(ProjectSize.Small)}\", up to {AnswerScales.MediumTeamUpTo} \"{KnowledgeBase.Label(ProjectSize.Medium)}\", more \"{KnowledgeBase.Label(ProjectSize.Large)}\".");
        Line(md);
    }

    private static void RenderQuestion(StringBuilder md, QuestionDefinition question)
    {
        Line(md, $"## {question.Criterion} ({(question.IsRequired ? "required" : "optional")})");
        Line(md);
        Line(md, $"> {question.Prompt}");
        Line(md);
        Line(md, $"Why we ask: {question.WhyWeAsk}");
        Line(md);
        Line(md, "| Answer | Label | Synonyms | Django | Flask | Margin |");
        Line(md, "|---|---|---|---|---|---|");
        foreach (var option in question.Options)
        {
            Line(md, $"| {option.Answer.Name} | {option.Label} | {string.Join(", ", option.Synonyms)} | "
                + $"{Evidence(option, Framework.Django)} | {Evidence(option, Framework.Flask)} | {Signed(option.DjangoMargin)} |");
        }

        Line(md);
    }

    private static void RenderFacts(StringBuilder md)
    {
        Line(md, "## Facts");
        Line(md);
        Line(md, "| Id | Kind | About | Statement (shown to users) | Favours | Penalises | Seed passage |");
        Line(md, "|---|---|---|---|---|---|---|");
        foreach (var fact in KnowledgeBase.Facts)
        {
            Line(md, $"| `{fact.Id}` | {fact.Kind} | {fact.About} | {Cell(fact.Statement)} | {string.Join(", ", fact.Favours)} | "
                + $"{string.Join(", ", fact.Penalises)} | \"{Cell(fact.SeedPassage)}\" |");
        }
    }

    private static string Evidence(AnswerOption option, Framework framework) =>
        string.Join("<br>", option.Evidence.Where(e => e.Framework == framework).Select(e => $"{Signed(e.Points)} `{e.FactId}`"));

    private static string Signed(int points) => points.ToString("+0;-0;0", CultureInfo.InvariantCulture);

    private static string Days(TimeSpan span) => span.TotalDays.ToString(CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
