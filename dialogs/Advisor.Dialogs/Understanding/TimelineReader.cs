using System.Globalization;
using Advisor.Knowledge;
using Bot.Dialogs.Recognition;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// The time to first release in a message: the first duration or deadline the recognizer finds
/// ("due in 3 weeks", "by March 1st", "in two sprints") that is about the project, not about
/// experience, sprint length or the past; else timeline words ("asap", "long-term").
/// </summary>
internal static partial class TimelineReader
{
    private const int MaxRecognitions = 4;

    /// <summary>
    /// "more than six months" is the seed's long-term option, but the recognizer reads it as exactly
    /// six months (180 days, within Months); a stated minimum is pushed a week past itself.
    /// </summary>
    private static readonly TimeSpan MinimumMargin = TimeSpan.FromDays(7);

    /// <summary>The timeline a message states and the words it was read from, or null when it states none.</summary>
    public static ReadFact? Read(string text, string[] tokens, IReadOnlyList<Cue> cues, DateTimeOffset reference)
    {
        if (Found(text, reference) is { } found)
        {
            return new ReadFact(AnswerScales.TimelineFromDuration(found.Duration), found.Words);
        }

        // "both devs have used it for years": time already spent, as on the recognizer's path.
        return cues.FirstOrDefault(c => c.Question == Question.Timeline && !c.Negated && !InGrowthClause(tokens, c.Start)
                && !IsPast(tokens[..(c.Start + (tokens[c.Start] is "for" or "since" ? 1 : 0))])) is { } cue
            ? new ReadFact(cue.Answer, string.Join(' ', tokens[cue.Start..cue.End]), cue.Hint)
            : null;
    }

    /// <summary>The first duration about the project and its words; each rejected one is cut off and the rest of the text read again.</summary>
    private static (TimeSpan Duration, string Words)? Found(string text, DateTimeOffset reference)
    {
        // "24/7" reads as the 24th of July (Recognizers.Text), and it is never a deadline.
        var rest = Abbreviations.Expand(PlusAfterNumber().Replace(TimeSentences(text).Replace("24/7", " ", StringComparison.Ordinal).Replace("24x7", " ", StringComparison.OrdinalIgnoreCase), "$1"));
        for (var attempt = 0; attempt < MaxRecognitions; attempt++)
        {
            if (DurationRecognizer.Recognize(rest, reference) is not { } found)
            {
                return null;
            }

            var at = rest.IndexOf(found.Text, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return IsUseful(found) ? (RangeLength(found, reference), found.Text) : null;
            }

            var before = TextTokens.Tokenize(rest[..at]);
            var after = TextTokens.Words(rest[(at + found.Text.Length)..]);
            if (IsUseful(found) && !IsAside(found.Text, before, after))
            {
                if (Restated(found, rest[(at + found.Text.Length)..], reference) is { } estimate)
                {
                    return estimate;
                }

                var words = before.Where(t => t != TextTokens.Boundary).ToArray();
                return IsMinimum(found.Text, words)
                    ? (RangeLength(found, reference) + MinimumMargin, found.Text)
                    : (RangeLength(found, reference), found.Text);
            }

            rest = rest[(at + found.Text.Length)..];
        }

        return null;
    }

    /// <summary>
    /// "before black friday so ~2 months?", "by March, that's about 3 months": a date the user restates as a
    /// length of time right after it. The user's own estimate wins: a tester's Black Friday was read as the
    /// recognizer's, a year away.
    /// </summary>
    private static (TimeSpan Duration, string Words)? Restated(RecognizedDuration date, string following, DateTimeOffset reference)
    {
        if (date.Timex is ['P', ..] || DurationRecognizer.Recognize(following, reference) is not { Timex: ['P', ..] } estimate || !IsUseful(estimate))
        {
            return null;
        }

        var at = following.IndexOf(estimate.Text, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        // The estimate ends its clause ("so ~2 months?", "that's about 3 months from now"): "so 2 weeks of testing
        // at the end" and "3 years of django experience" are something else.
        var gap = TextTokens.Words(following[..at]);
        var after = TextTokens.Tokenize(following[(at + estimate.Text.Length)..]);
        var endsClause = after.Length == 0 || after[0] == TextTokens.Boundary || after[0] is "away" or "left" or "total" or "tops" || TextTokens.At(after, 0, ["from", "now"]);
        return endsClause && gap.Length <= 4 && gap.Any(w => w is "so" or "thats" or "that" or "ie" or "about" or "roughly" or "approximately" or "approx" or "around" or "like" or "which")
            ? (estimate.Duration, estimate.Text)
            : null;
    }

    /// <summary>
    /// The recognizer reads only the first <see cref="RecognitionLimits.MaxTextLength"/> characters, so in a
    /// longer description it gets the sentences that can hold a time: those that also name the release or
    /// a deadline first, then those with a digit, then those with a time word, each group in order. "Launch in 2 months" after a page about the charity's
    /// weekend volunteers is still read.
    /// </summary>
    internal static string TimeSentences(string text)
    {
        if (text.Length <= RecognitionLimits.MaxTextLength)
        {
            return text;
        }

        var scheduled = new List<string>();
        var withDigits = new List<string>();
        var withWords = new List<string>();
        foreach (var (start, end) in TextTokens.Sentences(text))
        {
            var sentence = text[start..end];
            var sentenceWords = TextTokens.Words(sentence);
            var hasDigit = sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            if ((hasDigit || sentenceWords.Any(Lexicon.TimeWords.Contains)) && sentenceWords.Any(w => w is "launch" or "release" or "deadline" or "due" or "ship" or "live" or "ready"))
            {
                scheduled.Add(sentence); // "First release in September." beats a page of dated anecdotes
            }
            else if (hasDigit)
            {
                withDigits.Add(sentence);
            }
            else if (sentenceWords.Any(Lexicon.TimeWords.Contains))
            {
                withWords.Add(sentence);
            }
        }

        var kept = new System.Text.StringBuilder();
        foreach (var sentence in scheduled.Concat(withDigits).Concat(withWords).TakeWhile(_ => kept.Length < RecognitionLimits.MaxTextLength))
        {
            kept.Append(sentence).Append(' ');
        }

        return kept.ToString();
    }

    private static bool IsMinimum(string recognized, string[] before)
    {
        var words = TextTokens.Words(recognized);
        return Lexicon.MinimumWords.Any(m => TextTokens.At(words, 0, m) || TextTokens.At(before, before.Length - m.Length, m));
    }

    // Seconds, minutes and a few hours ("loads in 2 seconds") describe the app, not the schedule; "48 hours" is a hackathon's.
    // Decades are a career ("over a decade" of Python), never a release.
    private static bool IsUseful(RecognizedDuration found) =>
        found.Duration >= TimeSpan.FromDays(1) && !TextTokens.Words(found.Text).Any(w => w is "decade" or "decades" or "century");

    /// <summary>
    /// "5 years of experience", "2-week sprints", "every 2 weeks", "2 posts a week": not a schedule.
    /// <paramref name="before"/> keeps clause boundaries: "6 devs, a year" is a head count, then a timeline.
    /// </summary>
    private static bool IsAside(string recognized, string[] before, string[] after)
    {
        // "5 years of experience", "3 years of django", "5 years of python web dev", "5 yrs python"; but "12 months of dev"
        // and "6 months of django work ahead" are a schedule: shorter than a year, only "experience" makes it one.
        var years = TextTokens.Words(recognized).Any(w => w is "year" or "years");
        var subject = after.Skip(1).Take(3).ToArray();
        var aboutExperience = after.Length > 0 && after[0] is "of" or "with" or "in"
            ? subject.Any(w => w is "experience" or "exp")
                || (years && subject.Any(w => Lexicon.ExperienceSubjects.Contains(w) || w == "web"))
                || (subject.Any(Lexicon.ExperienceSubjects.Contains) && !subject.Any(w => w is "work" or "development" or "dev" or "ahead" or "left" or "coding"))
            : after.Length > 0 && Lexicon.NotTimelineAfter.Contains(after[0]);
        var aboutSprints = before.Reverse().TakeWhile(w => w != TextTokens.Boundary).Take(4).Any(w => w is "sprint" or "sprints" or "iteration" or "iterations");
        var clause = before.Reverse().TakeWhile(w => w != TextTokens.Boundary).Take(8).ToList();
        // "donuts on Friday": a weekday is a schedule only beside a schedule word ("launch on Friday").
        var recognizedWords = TextTokens.Words(recognized);
        var passingDay = recognizedWords.Any(Lexicon.Weekdays.Contains) && !clause.Concat(recognizedWords).Any(Lexicon.ScheduleWords.Contains);
        // "2 devs now but will grow to 12 next year": a plan for the team, not the release.
        var growth = clause.Any(Lexicon.GrowthWords.Contains) || IsFutureTeam(clause);
        return aboutExperience || aboutSprints || passingDay || growth || IsRate(recognized, before) || IsPast(recognizedWords is ["for" or "since", ..] ? [.. before, recognizedWords[0]] : before) || (before.Length > 0 && Lexicon.NotTimelineBefore.Contains(before[^1]));
    }

    /// <summary>"10+ years", "5+ yrs": the recognizer reads no number with a plus after it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(\d)\+", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex PlusAfterNumber();

    /// <summary>"we'll hire 2 more this quarter": a time word in a clause about growing the team is no release.</summary>
    private static bool InGrowthClause(string[] tokens, int at)
    {
        for (var j = at - 1; j >= 0 && j >= at - 6 && tokens[j] != TextTokens.Boundary; j--)
        {
            if (Lexicon.GrowthWords.Contains(tokens[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"we'll be 20 devs next year", "we will have 8 engineers by spring": the team to come, not the release.</summary>
    private static bool IsFutureTeam(List<string> reversedClause)
    {
        var clause = reversedClause.AsEnumerable().Reverse().ToArray();
        var future = Enumerable.Range(0, Math.Max(0, clause.Length - 1)).Any(k => clause[k] is "will" or "ll" && clause[k + 1] is "be" or "have");
        return future && TeamSizeReader.Find(clause) is not null;
    }

    /// <summary>
    /// Time already spent, in the same clause: "we've been using Flask for three years", "used django at my
    /// last job for ~2 yrs", "we're both Django people for like 4 years", "using django since 8 years".
    /// Testers' years of experience had become a timeline of more than six months and changed the verdict.
    /// </summary>
    private static bool IsPast(string[] before)
    {
        var i = before.Length - 1;
        while (i >= 0 && Lexicon.Approximators.Contains(before[i]))
        {
            i--;
        }

        if (i < 1 || before[i] is not ("for" or "since"))
        {
            return false;
        }

        if (before[i] == "since")
        {
            return true; // "using django since 8 years": a length since something is always time spent
        }

        var participle = false;
        for (var j = i - 1; j >= 0 && j >= i - 10 && before[j] != TextTokens.Boundary; j--)
        {
            // "Django people", "Flask folks": who they are; "2 django devs for 3 months" is who is needed.
            var frameworkPeople = Lexicon.ExperienceSubjects.Contains(before[j]) && j + 1 < i && before[j + 1] is "people" or "folks" or "guys" or "fans";
            if (Lexicon.PastActivity.Contains(before[j]) || frameworkPeople)
            {
                return true;
            }

            participle |= Lexicon.ActivityParticiples.Contains(before[j]);
            if (participle && before[j] is "been" or "ve" or "have" or "has" or "had")
            {
                return true; // "we've been writing python web apps for about 5 years", not "I'll be coding it for 2 months"
            }
        }

        return false;
    }

    /// <summary>"2 posts a week", "500 orders per day": a count of things, then "a"/"per" and the unit, in one clause.</summary>
    private static bool IsRate(string recognized, string[] before)
    {
        if (TextTokens.Words(recognized) is not ["a" or "an" or "per", ..] || before.Length < 2)
        {
            return false;
        }

        var thing = before[^1];
        var counted = before[^2];
        return thing != TextTokens.Boundary
            && !Lexicon.Approximators.Contains(thing)
            && !Lexicon.PeopleWords.Any(p => p is [var word] && word == thing)
            && (counted.All(char.IsAsciiDigit) || Lexicon.NumberWords.ContainsKey(counted));
    }

    /// <summary>
    /// "over the next 18 months" resolves to a range starting tomorrow, which DurationRecognizer
    /// reads as one day; a range timex "(start,end,Pn)" with a full end date is measured to its end.
    /// </summary>
    private static TimeSpan RangeLength(RecognizedDuration found, DateTimeOffset reference)
    {
        if (found.Timex is { Length: > 0 } timex && timex[0] == '(' && timex.Split(',') is [_, var end, _]
            && DateOnly.TryParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var endDate))
        {
            var days = endDate.DayNumber - DateOnly.FromDateTime(reference.DateTime).DayNumber;
            return days > 0 ? TimeSpan.FromDays(days) : found.Duration;
        }

        return found.Duration;
    }
}
