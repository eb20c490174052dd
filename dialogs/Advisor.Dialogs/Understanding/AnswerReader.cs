using Advisor.Knowledge;
using Bot.Dialogs.Recognition;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// The answer to the one question the bot just asked, in the user's own words, from the message's
/// one reading. In order: the whole answer is an option's label or synonym; the message states the
/// fact as a description would ("we handle payments"); a bare word that only makes sense as an answer
/// ("high"); for size, a bare number of developers ("about 5"); for the optional questions, "not sure";
/// and for "What are you building?", any other kind of project is "something else", in the user's words.
/// </summary>
public static class AnswerReader
{
    /// <summary>Longest description kept as the words of a "something else" project.</summary>
    private const int MaxOtherWords = 12;

    /// <summary>The answer and its words, or null when the message does not answer <paramref name="question"/>.</summary>
    public static ReadFact? Read(Question question, MessageReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var tokens = reading.Tokens;
        var words = tokens.Where(t => t != TextTokens.Boundary).ToArray();
        if (words.Length == 0 || (reading.ButtonOf is { } other && other != question))
        {
            return null;
        }

        var definition = KnowledgeBase.Question(question);
        var whole = string.Join(' ', words);
        var quoted = Quote.From(reading.Text, reading.Spans, string.Join(' ', words.Take(MaxOtherWords)));
        if (definition.Options.FirstOrDefault(o => o.Synonyms.Append(o.Label).Any(p => TextTokens.Normalize(p) == whole)) is { } named)
        {
            return new ReadFact(named.Answer, quoted);
        }

        return reading.Fact(question)
            ?? BareAnswer(question, reading)
            ?? (question == Question.Experience ? TimeSpent(reading) : null)
            ?? (question == Question.Size ? BareHeadCount(reading.Text, words, quoted) : null)
            ?? (definition.IsRequired ? null : Unsure(question, reading, quoted))
            ?? (question == Question.UseCase ? SomethingElse(reading, words, quoted) : null);
    }

    /// <summary>
    /// The facts a message states while <paramref name="asking"/> is open. Asked about experience, "8 years"
    /// or "about 5 years I said" is time spent, not the schedule: testers' years of experience had replaced
    /// their timeline with "more than six months" and moved the verdict.
    /// </summary>
    public static IReadOnlyList<ReadFact> FactsAt(Question? asking, MessageReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return asking == Question.Experience && TimeSpent(reading) is not null
            ? [.. reading.Facts.Where(f => f.Question != Question.Timeline)]
            : reading.Facts;
    }

    /// <summary>The answer a text gives to <paramref name="question"/> on its own (tests and tools).</summary>
    public static Answer? Read(Question question, string? text, DateTimeOffset reference) =>
        Read(question, MessageReader.Read(text, reference))?.Answer;

    /// <summary>"small", "high": the bare word, quoted as typed (not the whole message around it).</summary>
    private static ReadFact? BareAnswer(Question question, MessageReading reading)
    {
        // "3 new hires joined": newcomers to the team, not a team new to web development.
        var cues = CueFinder.Answers.Find(reading.Tokens).Where(c => c.Question == question && !NewcomersToTheTeam(reading.Tokens, c) && !CountsTime(reading.Tokens, c)).ToList();
        var stated = cues.Where(c => !c.Negated).Select(c => c.Answer).Distinct().ToList();
        if (stated.Count != 1 || cues.Any(c => c.Negated))
        {
            return null;
        }

        var cue = cues[0];
        return new ReadFact(stated[0], Quote.From(reading.Text, reading.Spans, FactReader.Words(reading.Tokens, cue.Start, cue.End)));
    }

    /// <summary>
    /// "5 years", "about 8 months": a length of time without a word that schedules it ("in", "by", "within"),
    /// given to the experience question. The article gives no scale, so this is ours: two years or more is
    /// experienced, three months to two years some experience, less than that new.
    /// </summary>
    private static ReadFact? TimeSpent(MessageReading reading)
    {
        if (reading.Fact(Question.Timeline) is not { } time
            || reading.Tokens.Any(Lexicon.DeadlineWords.Contains)
            || TextTokens.Words(time.Words) is not { Length: > 0 } words
            || !words.Any(w => w is "year" or "years" or "month" or "months" or "decade" or "decades")
            || words[0] is "in" or "by" or "within" or "before" or "until" or "till" or "for" or "over" or "next" or "this"
            || DurationRecognizer.Recognize(time.Words, DateTimeOffset.UnixEpoch) is not { } spent)
        {
            return null;
        }

        var level = spent.Duration.TotalDays switch
        {
            >= 730 => TeamExperience.Experienced,
            >= 90 => TeamExperience.Intermediate,
            _ => TeamExperience.Beginner,
        };
        return new ReadFact(level, time.Words);
    }

    /// <summary>"one semester", "a few months": a count of time, not of people, at the size question (a third tester).</summary>
    private static bool CountsTime(string[] tokens, Cue cue) =>
        cue.End < tokens.Length && Lexicon.NotHeadCountAfter.Contains(tokens[cue.End]);

    private static bool NewcomersToTheTeam(string[] tokens, Cue cue) =>
        cue.End < tokens.Length && tokens[cue.Start] == "new"
        && (tokens[cue.End] is "hire" or "hires" or "joiner" or "joiners" or "starter" or "starters" or "recruit" or "recruits" or "members" or "colleagues" or "people" or "folks"
            || Lexicon.PeopleWords.Any(p => p is [var word] && word == tokens[cue.End]));

    /// <summary>"5", "about 12", "a dozen or so": the whole answer is a number, give or take hedges and people words.</summary>
    private static ReadFact? BareHeadCount(string text, string[] words, string quoted)
    {
        if (!words.All(w => HeadCountWords.Contains(w) || w.All(char.IsAsciiDigit)))
        {
            return null;
        }

        // "between 8 and 12", "3-4": a range counts by its upper end, as in a description.
        var digits = words.Where(w => w.All(char.IsAsciiDigit) && w.Length <= 6).Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var count = digits.Count > 1 ? digits.Max() : NumberRecognizer.RecognizeInt(text);
        return count is >= 1 ? new ReadFact(AnswerScales.SizeFromTeamSize(count.Value), quoted) : null;
    }

    private static readonly HashSet<string> HeadCountWords =
    [
        .. Lexicon.Approximators, .. Lexicon.PeopleModifiers, .. Lexicon.PeopleWords.SelectMany(p => p), .. Lexicon.NumberWords.Keys,
        "a", "we", "are", "re", "us", "ish", "max", "at", "most", "total", "in", "maybe", "probably", "i", "think", "guess", "s",
        "between", "and", "to", "or", "somewhere", "hmm", "hard", "say", "it", "depends", "plus",
    ];

    /// <summary>"skip", "not sure", "pass": the user leaves an optional question open ("something else" and "other" name a kind of project).</summary>
    public static bool SaysSkip(MessageReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.SaysUnsure && !reading.Tokens.Any(t => t is "other" or "else" or "none");
    }

    private static ReadFact? Unsure(Question question, MessageReading reading, string quoted) =>
        reading.SaysUnsure
            ? new ReadFact(question == Question.UseCase ? UseCase.Other : TeamExperience.NotSure, quoted)
            : null;

    /// <summary>
    /// "a patient portal", "an inventory tracker": a kind of project the model has no entry for is
    /// "something else", kept in the user's words. A request ("help", "back"), a question, or a lone
    /// word that names no kind of thing ("qwerty") is not a description.
    /// </summary>
    private static ReadFact? SomethingElse(MessageReading reading, string[] words, string quoted)
    {
        var contentWords = words.Count(w => !Lexicon.IntentFillers.Contains(w) && !Lexicon.EnglishWords.Contains(w));
        var looksLikeAProject = words.Length >= 3 || words.Any(w => Lexicon.ProjectNouns.Contains(w) || w is "a" or "an" or "the" or "our" or "my" or "some");
        return reading.Intent == Intent.None && contentWords >= 1 && looksLikeAProject && !reading.Cues.Any(c => c.Negated) && !reading.Text.TrimEnd().EndsWith('?') && reading.Familiarity is null
            && !reading.AsksWhichFramework && reading.OtherTechnology is null
            ? new ReadFact(UseCase.Other, quoted)
            : null;
    }
}
