using Advisor.Dialogs.Interruptions;
using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;
using Bot.Core.Turns;
using Bot.Dialogs;

namespace Advisor.Dialogs.Questions;

/// <summary>
/// Questions about the frameworks that the source answers ("does Django have an admin?", "does the DB
/// matter?"), at any point: the answer rests on the knowledge facts, then the open question is asked
/// again. A question about Django or Flask the source does not answer gets one honest line (issue 11).
/// The article's jargon ("what is an ORM?") is explained in plain words first; "is Django overkill for
/// us?" is weighed against the user's own size answer; "what's the difference?" before a verdict is
/// answered rather than read as a request to compare answers not given yet.
/// </summary>
internal static class SourceQuestions
{
    private static readonly string[] QuestionStarts = ["does", "do", "is", "are", "can", "could", "how", "what", "whats", "which", "has", "have", "will", "tell"];

    /// <summary>Asks for a choice or a reason, which the advice itself answers: never "not in the source".</summary>
    private static readonly string[] AdviceWords = ["should", "recommend", "use", "pick", "choose", "better", "best", "why", "go", "vs", "or"];

    // Topics whose words also state project facts ("authentication", "api", "static site") count only
    // when the question names a framework, so "can you do an API with log-ins?" stays a description.
    private static readonly (SourceTopic Topic, bool NeedsFramework, string[] Phrases)[] Topics =
    [
        (SourceTopic.About, true, ["what is django", "what is flask", "whats django", "whats flask", "what s django", "what s flask", "tell me about django", "tell me about flask", "difference between django and flask", "differences between django and flask", "difference between flask and django", "differences between flask and django"]),
        (SourceTopic.Databases, false, ["database", "databases", "db", "orm", "postgres", "postgresql", "mysql", "sqlite", "oracle", "mariadb", "migrations"]),
        (SourceTopic.Admin, false, ["admin", "admin panel", "admin interface", "back office", "backoffice"]),
        (SourceTopic.Templating, false, ["template", "templates", "templating", "jinja", "jinja2", "html"]),
        (SourceTopic.DevServer, false, ["dev server", "development server", "debugger", "debugging", "debug"]),
        (SourceTopic.Performance, false, ["performance", "fast", "faster", "slow", "slower", "speed", "overhead"]),
        (SourceTopic.Scalability, false, ["scale", "scales", "scaling", "scalable", "scalability", "heavy traffic", "high traffic", "big traffic"]),
        (SourceTopic.LearningCurve, false, ["learning curve", "hard to learn", "harder to learn", "easy to learn", "easier to learn", "difficult to learn", "to learn", "beginner friendly"]),
        (SourceTopic.Community, false, ["community", "documentation", "docs", "ecosystem", "third party", "packages", "plugins"]),
        (SourceTopic.Dashboards, false, ["dash", "plotly"]),
        (SourceTopic.Security, true, ["secure", "security", "safe", "safety", "attacks", "vulnerabilities", "csrf", "xss", "sql injection", "clickjacking"]),
        (SourceTopic.Security, false, ["more secure", "most secure", "safer", "securer"]),
        (SourceTopic.Authentication, true, ["authentication", "auth", "login", "log in", "logins", "permissions", "sessions", "sso", "single sign on", "saml", "oauth", "ldap", "active directory", "azure ad"]),
        (SourceTopic.Size, true, ["overkill", "too big", "too heavy", "heavyweight", "bloated", "bulky", "too much", "too complex"]),
        (SourceTopic.Architecture, true, ["architecture", "structure", "mvt"]),
        (SourceTopic.RestApis, true, ["rest", "api", "apis", "endpoints", "routing", "url", "urls", "http methods"]),
        (SourceTopic.Dashboards, true, ["dashboard", "dashboards", "charts"]),
        (SourceTopic.StaticSites, true, ["static site", "static sites", "static website"]),
    ];

    /// <summary>What the article is silent on that people often ask about: one honest line each, in their terms.</summary>
    private static readonly (string Subject, string[] Phrases)[] Silent =
    [
        ("hosting", ["host", "hosting", "deploy", "deployment", "deploying"]),
        ("async", ["async", "asynchronous", "asyncio"]),
    ];

    private static readonly string[] AsksMeaning = ["mean", "means", "meaning", "stand for", "what is", "what s", "whats", "what are", "explain"];

    /// <summary>
    /// The reply to a question about the frameworks, or <c>null</c> when the message is not one. With the
    /// user's <paramref name="answers"/>, a question about Django's size is weighed against theirs, and a
    /// fact that adds or changes nothing in them does not make the message a description ("what about the
    /// admin, can loan officers use it?" after "a loan portal" asks about the admin). Topics are looked for
    /// in the sentences that ask, and a topic word inside a kind of project ("a community platform") is
    /// not a question about the topic. At the result, "what's the difference?" is left to the comparison
    /// of the user's own answers.
    /// </summary>
    public static string? Answer(MessageReading reading, ProjectAnswers? answers = null, bool atResult = false)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var given = answers ?? ProjectAnswers.None;
        var words = TextTokens.Words(reading.Text);
        var asksDifference = reading.Intent == Intent.Compare && !atResult && Says(words, Topics[0].Phrases);
        if (words.Length == 0 || (reading.Intent != Intent.None && !asksDifference) || reading.AsksWhatIf || reading.AsksForAnswers || reading.OtherTechnology is not null
            || (atResult && PreferenceReader.Read(reading) is not null)
            || !(reading.Text.Contains('?', StringComparison.Ordinal) || QuestionStarts.Contains(words[0])))
        {
            return null;
        }

        var statesNew = reading.Facts.Any(f => given.Get(f.Question) is not { } had || (!f.Asked && !had.Equals(f.Answer)));
        // "which has the bigger community?" asks about the topic; its "community" states no kind of project.
        var statesPlainly = reading.Facts.Any(f => !f.Asked && (given.Get(f.Question) is not { } had || !had.Equals(f.Answer)));
        if (reading.AsksWhichFramework && statesNew)
        {
            return null; // "Django or Flask for an API with log-ins?" is the bot's own question, with facts
        }

        var asked = AskingTokens(reading);
        if (Says(asked, AsksMeaning) && Glossary.Terms.FirstOrDefault(t => Says(asked, [.. t.Phrases])) is { } term)
        {
            return Glossary.Explain(term);
        }

        if (!statesNew && Silent.FirstOrDefault(s => Says(asked, s.Phrases)) is { Subject: { } subject })
        {
            return SourceTopics.NotCovered(subject);
        }

        var asksOther = reading.Facts.Any(f => f.Asked && given.Get(f.Question) is { } had && !had.Equals(f.Answer));
        var namesFramework = reading.NamedFramework is not null;
        var topic = Topics.Where(t => (t.NeedsFramework ? namesFramework || asksDifference : namesFramework || !statesPlainly) && Says(asked, t.Phrases))
            .Select(t => (SourceTopic?)t.Topic)
            .FirstOrDefault();
        if (topic is { } known)
        {
            return known == SourceTopic.Size && SourceTopics.ForSize(given.Size) is { } yours
                ? $"{SourceTopics.Answer(known)} {yours}"
                : SourceTopics.Answer(known);
        }

        // "is Flask ok for a big team?" after a medium team: a what-if the result answers, not a topic.
        return namesFramework && !statesNew && !asksOther && !reading.AsksWhichFramework && !words.Any(AdviceWords.Contains)
            ? SourceTopics.NotInTheSource
            : null;
    }

    /// <summary>
    /// The tokens of the sentences that ask; in a description of several facts, with the words of the kind
    /// of project blanked out ("a community platform" is not a question about the community, "static sites?" alone is).
    /// </summary>
    private static string[] AskingTokens(MessageReading reading)
    {
        var tokens = (string[])reading.Tokens.Clone();
        var asking = QuestionSentences.Find(reading.Text);
        if (asking.Count > 0 && reading.Spans.Count == tokens.Length)
        {
            // Only the sentences that ask: "…we built a couple of Flask sites, staff log in. What would you suggest?" asks about no topic.
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!QuestionSentences.Contains(asking, (reading.Spans[i].Start, reading.Spans[i].End)))
                {
                    tokens[i] = TextTokens.Boundary;
                }
            }
        }

        if (reading.Facts.Count < 2)
        {
            return tokens;
        }

        foreach (var cue in reading.Cues.Where(c => c.Question == Question.UseCase && !c.Negated))
        {
            Array.Fill(tokens, TextTokens.Boundary, cue.Start, cue.End - cue.Start);
        }

        return tokens;
    }

    /// <summary>Answers, then asks the open question again; at the result the card stays where it is.</summary>
    public static async Task<DialogTurnResult> AnswerAsync(TurnView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        await view.Dc.Context.SendActivityAsync(Answer(view.Reading, view.State.Answers, view.AtResult)!, cancellationToken);
        if (view.Interviewing)
        {
            await view.Dc.RepromptDialogAsync(cancellationToken);
        }

        return Dialog.EndOfTurn;
    }

    private static bool Says(string[] words, string[] phrases) => phrases.Any(p => TextTokens.Contains(words, TextTokens.Words(p)));
}
