using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// The project facts a tokenized message states ("a 3-person REST API for our ML model, due in 3 weeks,
/// internal only"), one per question at most, each with the words it was read from.
/// </summary>
internal static class FactReader
{
    public static List<ReadFact> Read(string text, string[] tokens, IReadOnlyList<Cue> cues, DateTimeOffset reference)
    {
        var facts = new List<ReadFact>(5);
        Add(facts, Size(tokens, cues));
        Add(facts, TimelineReader.Read(text, tokens, cues, reference));
        Add(facts, Security(tokens, cues));
        Add(facts, UseCase(tokens, cues));
        Add(facts, Experience(tokens, cues));
        return facts;
    }

    /// <summary>
    /// A head count is more exact than words, so "a small team of 5" is medium (4-10 developers).
    /// "not a big team" denies large: a small team, as a person would read it.
    /// </summary>
    private static ReadFact? Size(string[] tokens, IReadOnlyList<Cue> cues)
    {
        if (TeamSizeReader.Find(tokens) is { } count)
        {
            // "two seniors and a junior" says who, and may be only some of the team: a hint, which fills an open
            // size but never replaces one given plainly (a tester's 6 people became "two seniors"). One person
            // picked out of the team ("one senior", "only one of us has done web stuff") is no size at all.
            var span = tokens[count.Start..count.End];
            var bySeniority = span.Any(Lexicon.SeniorityWords.Contains)
                && !Lexicon.PeopleWords.Any(p => !(p.Length == 1 && Lexicon.SeniorityWords.Contains(p[0])) && TextTokens.Contains(span, p));
            var oneOfTheTeam = count.Count == 1 && (bySeniority || TextTokens.Contains(span, ["of", "us"]));
            if (!oneOfTheTeam)
            {
                return new ReadFact(AnswerScales.SizeFromTeamSize(count.Count), Words(tokens, count.Start, count.End), Hint: bySeniority);
            }
        }

        if (Stated(cues, Question.Size).FirstOrDefault() is { } cue)
        {
            return FactOf(tokens, cue);
        }

        return cues.FirstOrDefault(c => c.Negated && c.Answer is SizeAnswer { Value: ProjectSize.Large }) is { } denied
            ? new ReadFact(ProjectSize.Small, Words(tokens, DenialStart(tokens, denied, 2), denied.End), Hint: true)
            : null;
    }

    /// <summary>The highest level stated wins; a denial alone ("no payments", "nothing personal") means standard.</summary>
    private static ReadFact? Security(string[] tokens, IReadOnlyList<Cue> cues)
    {
        var stated = Stated(cues, Question.Security).ToList();
        var denied = cues.Where(c => c.Question == Question.Security && c.Negated).Select(c => ((SecurityAnswer)c.Answer).Value).DefaultIfEmpty().Min();
        if (stated.Count > 0 && stated.All(c => c.Hint) && cues.Any(c => c.Question == Question.Security && c.Negated))
        {
            // "a food bank, no personal data": a denial is plainer than a hint at that level or above,
            // unless the hint is the exception it makes ("no personal stuff beyond emails").
            var denials = cues.Where(c => c.Question == Question.Security && c.Negated).ToList();
            stated.RemoveAll(c => ((SecurityAnswer)c.Answer).Value >= denied && !denials.Any(d => IsExceptedFrom(tokens, d, c)));
        }
        else if (stated.Any(c => !c.Hint))
        {
            stated.RemoveAll(c => c.Hint); // "hospital staff rota with staff names": the names say more than "hospital"
        }

        if (stated.Count > 0)
        {
            var level = stated.Max(c => ((SecurityAnswer)c.Answer).Value);
            var atLevel = stated.Where(c => ((SecurityAnswer)c.Answer).Value == level).ToList();
            var plain = atLevel.FirstOrDefault(c => !c.Hint);
            return FactOf(tokens, plain ?? atLevel[0]) with { Hint = plain is null };
        }

        return cues.FirstOrDefault(c => c.Question == Question.Security && c.Negated) is { } denial
            ? new ReadFact(SecurityNeeds.Standard, Words(tokens, DenialStart(tokens, denial, 1), denial.End))
            : null;
    }

    /// <summary>
    /// The most specific kind of project named; failing that, a kind the model has no entry for ("a booking
    /// system", "an app to manage shifts") is "something else", in the user's words.
    /// </summary>
    private static ReadFact? UseCase(string[] tokens, IReadOnlyList<Cue> cues)
    {
        // "an API that serves analytics numbers, not a dashboard": a kind denied in the message is not stated by another word.
        var denied = cues.Where(c => c.Question == Question.UseCase && c.Negated).Select(c => c.Answer).ToHashSet();
        var stated = Stated(cues, Question.UseCase).Where(c => !denied.Contains(c.Answer) && !IsTechnologyShop(tokens, c) && !IsWhereTheyPay(cues, c) && !IsTheRest(tokens, c) && !IsGoodNews(tokens, c)).ToList();
        if ((stated.FirstOrDefault(c => IsOurPart(tokens, c)) ?? Lexicon.UseCasePriority
            .Select(u => stated.FirstOrDefault(c => c.Answer is UseCaseAnswer a && a.Value == u))
            .FirstOrDefault(c => c is not null)) is { } cue)
        {
            return FactOf(tokens, cue);
        }

        // "actually it's a customer portal, not an MVP": beside a denied kind of project, the one named is a
        // correction, said plainly, not a hint (a tester's correction left the MVP in place).
        var other = SomethingElse(tokens, cues);
        return other is { Hint: true } && cues.Any(c => c.Question == Question.UseCase && c.Negated) ? other with { Hint = false } : other;
    }

    /// <summary>
    /// "the storefront is shopify, we only build the backend api", "the main thing is the REST API": what the team
    /// builds, ahead of the kind of project around it (testers' corrections kept the shop, the dashboard).
    /// </summary>
    private static bool IsOurPart(string[] tokens, Cue cue)
    {
        for (var j = cue.Start - 1; j >= 1 && j >= cue.Start - 4 && tokens[j] != TextTokens.Boundary; j--)
        {
            if ((tokens[j] is "build" or "building" or "make" or "making" or "write" or "writing" && tokens[j - 1] is "only" or "just")
                || tokens[j] is "mostly" or "mainly" or "primarily" || (tokens[j] == "thing" && tokens[j - 1] == "main"))
            {
                return true; // "we only build the backend api", "the main thing is the REST API", "mostly an API"
            }
        }

        return false;
    }

    /// <summary>"Good news, we got funded!": news for the user, not a news site (a tester's fitness API became one).</summary>
    private static bool IsGoodNews(string[] tokens, Cue cue) =>
        cue.Length == 1 && tokens[cue.Start] == "news" && cue.Start > 0 && tokens[cue.Start - 1] is "good" or "great" or "bad" or "big" or "exciting" or "some" or "sad" or "happy";

    /// <summary>"a couple know Django, the rest are new": the others, not a REST API.</summary>
    private static bool IsTheRest(string[] tokens, Cue cue) =>
        cue.Length == 1 && tokens[cue.Start] == "rest" && cue.Start > 0 && tokens[cue.Start - 1] is "the" or "all";

    /// <summary>"mostly juniors", "juniors mostly", "mainly seniors": the word that says which side the team is on.</summary>
    private static bool Mostly(string[] tokens, Cue cue) =>
        (cue.Start > 0 && tokens[cue.Start - 1] is "mostly" or "mainly" or "largely")
        || (cue.End < tokens.Length && tokens[cue.End] is "mostly" or "mainly");

    /// <summary>"they pay in the shop": the phrase says how people pay (a security cue covers it), not what is built.</summary>
    private static bool IsWhereTheyPay(IReadOnlyList<Cue> cues, Cue cue) =>
        cues.Any(c => c.Question == Question.Security && c.Start < cue.Start && cue.End <= c.End);

    /// <summary>"we're a PHP shop", "a Django shop": a team's stack, not an online shop.</summary>
    private static bool IsTechnologyShop(string[] tokens, Cue cue) =>
        cue.Length == 1 && tokens[cue.Start] == "shop" && cue.Start > 0 && Lexicon.TechnologyShops.Contains(tokens[cue.Start - 1]);

    /// <summary>"booking system", "inventory tracker", "patient intake form", "an app to manage our volunteers' shifts".</summary>
    private static ReadFact? SomethingElse(string[] tokens, IReadOnlyList<Cue> cues)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!Lexicon.ProjectNouns.Contains(tokens[k]))
            {
                continue;
            }

            var named = k > 0 && tokens[k - 1] != TextTokens.Boundary && !cues.Any(c => c.Question != Question.Security && c.Start <= k - 1 && k - 1 < c.End) && !Lexicon.PlainModifiers.Contains(tokens[k - 1]) && !Lexicon.ProjectNouns.Contains(tokens[k - 1])
                && !tokens[k - 1].All(char.IsAsciiDigit) && !Lexicon.NumberWords.ContainsKey(tokens[k - 1]);
            if (!named && Lexicon.SelfDescribingProjects.Contains(tokens[k]) && !cues.Any(c => c.Start <= k && k < c.End))
            {
                return new ReadFact(Knowledge.UseCase.Other, tokens[k], Hint: true); // "a chatbot", "a CRM for our sales team"
            }

            if (named)
            {
                var start = k > 1 && tokens[k - 2] != TextTokens.Boundary && !Lexicon.PlainModifiers.Contains(tokens[k - 2]) && !Lexicon.IntentFillers.Contains(tokens[k - 2]) ? k - 2 : k - 1;
                return new ReadFact(Knowledge.UseCase.Other, Words(tokens, start, k + 1), Hint: true);
            }

            var purpose = k + 2 < tokens.Length && ((tokens[k + 1] == "to" && Lexicon.PurposeVerbs.Contains(tokens[k + 2])) || tokens[k + 1] is "where" or "that" or "which");
            if (purpose)
            {
                var end = k + 3;
                while (end < tokens.Length && end < k + 6 && tokens[end] != TextTokens.Boundary)
                {
                    end++;
                }

                return new ReadFact(Knowledge.UseCase.Other, Words(tokens, k, end), Hint: true);
            }
        }

        return null;
    }

    /// <summary>Beginners and seniors together make a mixed, intermediate team.</summary>
    private static ReadFact? Experience(string[] tokens, IReadOnlyList<Cue> cues)
    {
        var stated = Stated(cues, Question.Experience).ToList();
        var beginner = stated.FirstOrDefault(c => c.Answer is ExperienceAnswer { Value: TeamExperience.Beginner });
        var experienced = stated.FirstOrDefault(c => c.Answer is ExperienceAnswer { Value: TeamExperience.Experienced });
        var intermediate = stated.FirstOrDefault(c => c.Answer is ExperienceAnswer { Value: TeamExperience.Intermediate });
        if (intermediate is not null && (beginner ?? experienced) is { } other)
        {
            var (first, last) = intermediate.Start < other.Start ? (intermediate, other) : (other, intermediate);
            return new ReadFact(TeamExperience.Intermediate, Words(tokens, first.Start, last.End)); // "one senior, two mid"
        }

        if (beginner is not null && experienced is not null && IsAboutWeb(tokens, beginner) && !IsAboutWeb(tokens, experienced))
        {
            return FactOf(tokens, beginner); // "I know Python well but never built web stuff": new to web development
        }

        if (beginner is not null && experienced is not null && (Mostly(tokens, beginner) ^ Mostly(tokens, experienced)))
        {
            return FactOf(tokens, Mostly(tokens, beginner) ? beginner : experienced); // "juniors mostly, one senior"
        }

        if (beginner is not null && experienced is not null)
        {
            var (first, last) = beginner.Start < experienced.Start ? (beginner, experienced) : (experienced, beginner);
            return new ReadFact(TeamExperience.Intermediate, Words(tokens, first.Start, last.End));
        }

        if (stated.FirstOrDefault() is { } cue)
        {
            return FactOf(tokens, cue);
        }

        // "nobody on the team is senior", "not experienced": the team is learning.
        if (cues.FirstOrDefault(c => c.Negated && c.Answer is ExperienceAnswer { Value: TeamExperience.Experienced }) is { } denied)
        {
            return new ReadFact(TeamExperience.Beginner, Words(tokens, DenialStart(tokens, denied, 3), denied.End), Hint: true);
        }

        // "we're not beginners": some experience at least.
        return cues.FirstOrDefault(c => c.Negated && c.Answer is ExperienceAnswer { Value: TeamExperience.Beginner }) is { } notNew
            ? new ReadFact(TeamExperience.Intermediate, Words(tokens, DenialStart(tokens, notNew, 1), notNew.End), Hint: true)
            : null;
    }

    /// <summary>Where the echo of a denial starts: at its negator ("not a bank", "don't store health"), else a few words back.</summary>
    private static int DenialStart(string[] tokens, Cue cue, int fallback)
    {
        for (var j = cue.Start - 1; j >= 0 && j >= cue.Start - 4 && tokens[j] != TextTokens.Boundary; j--)
        {
            if (Lexicon.Negators.Contains(tokens[j]) || Lexicon.Removals.Contains(tokens[j]))
            {
                return j > 0 && tokens[j] == "t" ? j - 1 : j; // "don't" is "don t"
            }

            if (tokens[j] == "rid" && j > 0 && tokens[j - 1] is "get" or "got")
            {
                return j - 1; // "get rid of the payments"
            }
        }

        return Math.Max(0, cue.Start - fallback);
    }

    private static bool IsAboutWeb(string[] tokens, Cue cue) =>
        tokens[cue.Start..cue.End].Any(t => t is "web" or "django" or "flask");

    /// <summary>"no personal stuff beyond emails", "nothing sensitive except logins": the cue after a contrast is stated, not denied.</summary>
    private static bool IsExceptedFrom(string[] tokens, Cue denial, Cue cue) =>
        cue.Start >= denial.End && tokens[denial.End..cue.Start].Any(Lexicon.Contrasts.Contains);

    private static IEnumerable<Cue> Stated(IReadOnlyList<Cue> cues, Question question) =>
        cues.Where(c => c.Question == question && !c.Negated);

    private static ReadFact FactOf(string[] tokens, Cue cue) => new(cue.Answer, Words(tokens, cue.Start, cue.End), cue.Hint);

    /// <summary>The words between two token positions, without clause marks: what the echo quotes.</summary>
    internal static string Words(string[] tokens, int start, int end) =>
        string.Join(' ', tokens[start..Math.Min(end, tokens.Length)].Where(t => t != TextTokens.Boundary));

    private static void Add(List<ReadFact> facts, ReadFact? fact)
    {
        if (fact is not null)
        {
            facts.Add(fact);
        }
    }
}
