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
        Line(md, $"Knowledge version **{KnowledgeBase.Version}**, built from the seed document `{KnowledgeBase.SeedFile}`:");
        Line(md, $"{SourceArticle.Description}.");
        Line(md, $"The bot calls it \"{SourceArticle.Name}\" (\"the article I'm based on\" when it introduces itself), and the decision");
        Line(md, "record describes it in the words above, never by its file name.");
        Line(md, "Every fact quotes its seed passage exactly; a test checks each one against the seed file.");
        Line(md);
        RenderRules(md);
        foreach (var question in KnowledgeBase.Questions)
        {
            RenderQuestion(md, question);
        }

        RenderTopics(md);
        RenderFacts(md);
        return md.ToString();
    }

    private static void RenderRules(StringBuilder md)
    {
        Line(md, "## How a verdict is reached");
        Line(md);
        Line(md, "- Each answer adds the evidence in its row: points for a framework, each backed by a fact that speaks to");
        Line(md, "  that question (timeline: speed to a first release and upkeep; size: tooling as a codebase grows; security:");
        Line(md, $"  built-in protection; kind of project: the source's use cases; experience: learning). Unanswered questions,");
        Line(md, $"  \"{KnowledgeBase.Label(UseCase.Other)}\" and \"{KnowledgeBase.Label(TeamExperience.NotSure)}\" add nothing.");
        Line(md, $"- One answer counts differently because of another: {Weighing.ServiceRule}");
        Line(md, $"  And: {Weighing.ExperiencedTeamRule}");
        Line(md, "- The margin is Django's total minus Flask's. Required answers carry odd margins and optional ones even");
        Line(md, "  margins, so with the required questions answered there is never a tie. A tie (only possible with a");
        Line(md, "  required answer missing) goes to Flask, the seed's lighter way in.");
        Line(md, $"- Confidence: a margin below {Verdict.ModerateFrom}, or a two-sided project (below), is a close call. A margin of");
        Line(md, $"  {Verdict.StrongFrom} or more is strong only if no one-step change of one answer flips it; otherwise moderate.");
        Line(md, "- Familiarity: a framework you say you know adds no points. It decides a close call, and the advice says");
        Line(md, "  that this reason is your familiarity, not the article; on a clear verdict it changes nothing.");
        Line(md, "  Decision (an expert's review): \"a blog, 2 devs, 2 weeks, public content, experienced, we know Django well\"");
        Line(md, "  was a moderate Flask call that familiarity could not touch, because a few weeks weighed as if every team");
        Line(md, "  faced Django's learning curve. The article ties Flask's speed to its simplicity and calls Django fast through");
        Line(md, "  its built-in features, so for an experienced team a few weeks now leans Flask only slightly (rule above):");
        Line(md, "  that blog is a close call, and the team's familiarity with Django decides it, saying so.");
        Line(md, "- Reasons: one per answer that leans toward the winner, strongest first, each the sentence that ties that");
        Line(md, "  answer to its fact. An answer that leans the other way is never argued for the winner: it is a trade-off.");
        Line(md, "- Trade-offs: for each answer that leans toward the runner-up, strongest first, the winner's costs it makes");
        Line(md, "  bite or, if none, what the runner-up would have given; then the winner's other costs that can matter for these");
        Line(md, $"  answers (table below), up to {Explanation.TradeOffsShown}. \"Why not the runner-up?\" leads with the runner-up's costs that bite.");
        Line(md, "- Security first: when the data is highly sensitive and Flask is the pick, the card leads with what Flask lacks");
        Line(md, "  built in, rather than leaving it among the trade-offs.");
        Line(md, "- Flip: a one-step change on one answer's scale (size, timeline, security, experience; never a jump such as");
        Line(md, "  small to large, nor another kind of project) that makes the runner-up win, moving the margin least. A strong");
        Line(md, "  call has none. A moderate or close call without one names the nearest bigger change (any one answer, said");
        Line(md, "  as \"only a bigger change would tip it\"), or says that no single change would. A close call names the");
        Line(md, "  open question (unanswered, or experience not given) that would decide it; \"another kind of project\" is an answer.");
        Line(md, "- FastAPI is suggested only beside a Flask verdict for APIs and ML model serving (the seed names it only");
        Line(md, "  as faster than Django at simple endpoints).");
        Line(md, $"- Scales: a timeline up to {Days(AnswerScales.WeeksUpTo)} days is \"{KnowledgeBase.Label(Timeline.Weeks)}\", up to {Days(AnswerScales.MonthsUpTo)} days");
        Line(md, $"  \"{KnowledgeBase.Label(Timeline.Months)}\", longer \"{KnowledgeBase.Label(Timeline.LongTerm)}\"; a team of up to {AnswerScales.SmallTeamUpTo} developers");
        Line(md, $"  is \"{KnowledgeBase.Label(ProjectSize.Small)}\", up to {AnswerScales.MediumTeamUpTo} \"{KnowledgeBase.Label(ProjectSize.Medium)}\", more \"{KnowledgeBase.Label(ProjectSize.Large)}\".");
        Line(md);
        Line(md, "## Two-sided projects");
        Line(md);
        Line(md, "The source argues strongly for both frameworks here, so these are close calls whatever the points, with each side's case.");
        Line(md);
        foreach (var (when, call) in TwoSides.All)
        {
            Line(md, $"- **{Cell(when)}**: {call.Summary}");
            Line(md, $"  - {call.Django.Text} (`{call.Django.FactId}`)");
            Line(md, $"  - {call.Flask.Text} (`{call.Flask.FactId}`)");
            if (call.Split is { } split)
            {
                Line(md, $"  - {split}");
            }
        }

        Line(md);
        Line(md, "## Costs shown only when the answers make them apply");
        Line(md);
        Line(md, "| Cost | Shown (when no answer made it bite) | Only when |");
        Line(md, "|---|---|---|");
        foreach (var caveat in CostCaveats.All)
        {
            Line(md, $"| `{caveat.FactId}` | {Cell(caveat.Text)} | {Cell(caveat.AppliesWhen)} |");
        }

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
        Line(md, "Each weight, the sentence the user sees, and the source sentence behind it:");
        Line(md);
        foreach (var option in question.Options.Where(o => o.Evidence.Count > 0))
        {
            Line(md, $"- {option.Label}:");
            foreach (var e in option.Evidence)
            {
                Line(md, $"  - {e.Framework} {Signed(e.Points)}: {e.Because} Source: \"{KnowledgeBase.Fact(e.FactId).SeedPassage}\"");
            }
        }

        Line(md);
    }

    private static void RenderTopics(StringBuilder md)
    {
        Line(md, "## Questions the source answers");
        Line(md);
        Line(md, "Asked at any point (\"does Django have an admin?\"), each is answered from these facts; a question about");
        Line(md, $"Django or Flask that none covers gets: \"{SourceTopics.NotInTheSource}\"");
        Line(md);
        Line(md, "| Topic | Facts |");
        Line(md, "|---|---|");
        foreach (var topic in Enum.GetValues<SourceTopic>())
        {
            Line(md, $"| {topic} | {string.Join(", ", SourceTopics.FactsOf(topic).Select(id => $"`{id}`"))} |");
        }

        Line(md);
        Line(md, "The article's jargon gets plain words: on the card the term is glossed where it appears, and \"what is ...?\"");
        Line(md, "gets the meaning first, then the topic's facts. A meaning is the article's own expansion of the term; a term it does");
        Line(md, "not explain is not explained from elsewhere, so every claim still traces to the article.");
        Line(md);
        Line(md, "| Term | Meaning | Then the facts of |");
        Line(md, "|---|---|---|");
        foreach (var term in Glossary.Terms)
        {
            Line(md, $"| {term.Term} | {Cell(term.Meaning)} | {term.Topic} |");
        }

        Line(md);
    }

    private static void RenderFacts(StringBuilder md)
    {
        Line(md, "## Facts");
        Line(md);
        Line(md, "| Id | Kind | About | Statement (shown to users) | Favours | Penalises | Speaks to | Seed passage |");
        Line(md, "|---|---|---|---|---|---|---|---|");
        foreach (var fact in KnowledgeBase.Facts)
        {
            Line(md, $"| `{fact.Id}` | {fact.Kind} | {fact.About} | {Cell(fact.Statement)} | {string.Join(", ", fact.Favours)} | "
                + $"{string.Join(", ", fact.Penalises)} | {string.Join(", ", FactTopics.Of(fact))} | \"{Cell(fact.SeedPassage)}\" |");
        }
    }

    private static string Evidence(AnswerOption option, Framework framework) =>
        string.Join("<br>", option.Evidence.Where(e => e.Framework == framework).Select(e => $"{Signed(e.Points)} `{e.FactId}`"));

    private static string Signed(int points) => points.ToString("+0;-0;0", CultureInfo.InvariantCulture);

    private static string Days(TimeSpan span) => span.TotalDays.ToString(CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
