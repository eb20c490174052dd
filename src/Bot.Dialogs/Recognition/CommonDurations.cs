using System.Collections.Frozen;
using System.Globalization;

namespace Bot.Dialogs.Recognition;

/// <summary>
/// A hand-written reader for the durations users type most ("6 months", "a year", "in 3 weeks",
/// "about 8 months", "two sprints"), ahead of the Recognizers.Text DateTime model, which costs
/// milliseconds per message (issue 16). It reads a text only when every place that could hold a time
/// is such a "&lt;number&gt; &lt;unit&gt;" and nothing around it could change the model's reading;
/// anything else (dates, "by March", "next 6 months", ranges, "within a year", "around 6 months")
/// is left to the model. What it returns is what the model gives, to the matched words:
/// CommonDurationsTests run both on the same phrases.
/// </summary>
internal static class CommonDurations
{
    private const int MaxNumber = 100;

    private static readonly FrozenDictionary<string, int> s_numberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that make the model read a number and unit differently, or join two of them: the model reads these texts.</summary>
    private static readonly FrozenSet<string> s_changesReading = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "at", "by", "on", "until", "till", "til", "before", "after", "from", "since", "between", "within", "during",
            "the", "this", "that", "these", "those", "every", "each", "per", "once", "twice", "thrice", "times",
            "around", "nearly", "almost", "approx", "circa", "than", "least", "most", "less", "more", "fewer", "up",
            "upto", "early", "late", "mid", "end", "start", "beginning", "of", "to", "and", "through", "thru",
            "ago", "hence", "back", "prior", "another", "additional", "extra", "further", "same", "whole", "entire",
            "full", "all", "other", "plus", "minus", "following", "coming", "upcoming", "remaining", "left", "long",
            "old", "time", "like", "some", "any", "what", "which", "how",
        ]);

    private enum Unit
    {
        Day,
        Week,
        Month,
        Year,
        Sprint,
    }

    private readonly record struct Word(int Start, int End, bool Digits);

    /// <summary>
    /// Whether this reader can read <paramref name="text"/> (<paramref name="found"/> is then the model's
    /// reading); false leaves it to the model.
    /// </summary>
    public static bool TryRead(string text, DateTimeOffset reference, out RecognizedDuration? found)
    {
        found = null;
        if (text.Length > RecognitionLimits.MaxTextLength || !TrySplit(text, out var words))
        {
            return false;
        }

        var lastEnd = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (Number(text, words[i]) is { } count && i + 1 < words.Count && UnitOf(text, words[i + 1], words[i]) is { } unit)
            {
                if (lastEnd >= 0 && !HasPlainWordBetween(text, words, lastEnd, i) || !JoinedBySpace(text, words[i], words[i + 1])
                    || i + 2 < words.Count && s_changesReading.Contains(Lower(text, words[i + 2])))
                {
                    return false;
                }

                var prefix = i > 0 ? Lower(text, words[i - 1]) : string.Empty;
                var reading = prefix == "in"
                    ? ReadIn(text, words[i - 1], words[i], words[i + 1], count, unit, reference)
                    : s_changesReading.Contains(prefix) ? null : ReadLength(text, words[i], words[i + 1], count, unit);
                if (reading is null)
                {
                    return false;
                }

                found ??= reading;
                lastEnd = i + 1;
                i++;
                continue;
            }

            if (!IsPlain(text, words, i))
            {
                return false;
            }
        }

        return found is not null;
    }

    /// <summary>A word the model finds nothing in, or a bare count of something ("12 developers") between plain words.</summary>
    private static bool IsPlain(string text, List<Word> words, int i)
    {
        var word = text.AsSpan(words[i].Start, words[i].End - words[i].Start);
        if (!words[i].Digits && !DateTimeCues.CanHold(word))
        {
            return true;
        }

        if (!words[i].Digits && !s_numberWords.ContainsKey(Lower(text, words[i])))
        {
            return false;
        }

        return i + 1 < words.Count && !words[i + 1].Digits && !DateTimeCues.CanHold(Lower(text, words[i + 1]))
            && !s_changesReading.Contains(Lower(text, words[i + 1]))
            && (i == 0 || !s_changesReading.Contains(Lower(text, words[i - 1])) && Lower(text, words[i - 1]) != "in");
    }

    private static bool HasPlainWordBetween(string text, List<Word> words, int from, int to)
    {
        for (var j = from + 1; j < to; j++)
        {
            if (!words[j].Digits && !s_numberWords.ContainsKey(Lower(text, words[j])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in 8 months": the date that far from the reference's date, as the model resolves it.</summary>
    private static RecognizedDuration? ReadIn(string text, Word inWord, Word number, Word unitWord, int count, Unit unit, DateTimeOffset reference)
    {
        if (!JoinedBySpace(text, inWord, number))
        {
            return null;
        }

        var days = unit == Unit.Sprint ? count * DateTimeResolutions.DaysPerSprint : 0;
        var today = DateOnly.FromDateTime(reference.DateTime);
        var date = unit switch
        {
            Unit.Day => today.AddDays(count),
            Unit.Week => today.AddDays(count * 7),
            Unit.Month => today.AddMonths(count),
            Unit.Year => today.AddYears(count),
            _ => today.AddDays(days),
        };
        var words = text[inWord.Start..unitWord.End].ToLowerInvariant();
        return new RecognizedDuration(
            TimeSpan.FromDays(date.DayNumber - today.DayNumber),
            words,
            date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>"6 months", "a year": the model's duration, with its month of 30 days and year of 365.</summary>
    private static RecognizedDuration ReadLength(string text, Word number, Word unitWord, int count, Unit unit)
    {
        if (unit == Unit.Sprint)
        {
            var weeks = count * DateTimeResolutions.DaysPerSprint / 7;
            return new RecognizedDuration(
                TimeSpan.FromDays(weeks * 7),
                text[number.Start..unitWord.End].ToLowerInvariant(),
                string.Create(CultureInfo.InvariantCulture, $"P{weeks}W"));
        }

        var (days, letter) = unit switch
        {
            Unit.Day => (1, 'D'),
            Unit.Week => (7, 'W'),
            Unit.Month => (30, 'M'),
            _ => (365, 'Y'),
        };
        return new RecognizedDuration(
            TimeSpan.FromDays(count * days),
            text[number.Start..unitWord.End].ToLowerInvariant(),
            string.Create(CultureInfo.InvariantCulture, $"P{count}{letter}"));
    }

    private static int? Number(string text, Word word)
    {
        if (word.Digits)
        {
            return text[word.Start] != '0' && word.End - word.Start <= 3
                && int.Parse(text.AsSpan(word.Start, word.End - word.Start), CultureInfo.InvariantCulture) is var n && n <= MaxNumber
                ? n
                : null;
        }

        var lower = Lower(text, word);
        return lower is "a" or "an" ? 1 : s_numberWords.TryGetValue(lower, out var value) ? value : null;
    }

    private static Unit? UnitOf(string text, Word word, Word number)
    {
        if (word.Digits)
        {
            return null;
        }

        var article = !number.Digits && Lower(text, number) is "a" or "an";
        return Lower(text, word) switch
        {
            "day" => Unit.Day,
            "days" when !article => Unit.Day,
            "week" => Unit.Week,
            "weeks" when !article => Unit.Week,
            "month" => Unit.Month,
            "months" when !article => Unit.Month,
            "year" => Unit.Year,
            "years" when !article => Unit.Year,
            "sprint" => Unit.Sprint,
            "sprints" when !article => Unit.Sprint,
            _ => null,
        };
    }

    private static bool JoinedBySpace(string text, Word first, Word second) => second.Start == first.End + 1 && text[first.End] == ' ';

    private static string Lower(string text, Word word) => text[word.Start..word.End].ToLowerInvariant();

    /// <summary>
    /// The text's words (runs of ASCII letters, runs of digits), or false when it holds anything the
    /// model could read as part of a time: a digit touching a letter or any mark but a space or a
    /// sentence's punctuation ("12:30", "2-3", "1.5", "3pm", "Q2"), or a non-ASCII letter.
    /// </summary>
    private static bool TrySplit(string text, out List<Word> words)
    {
        words = [];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetter(c) || char.IsAsciiDigit(c))
            {
                var digits = char.IsAsciiDigit(c);
                var start = i;
                while (i < text.Length && (digits ? char.IsAsciiDigit(text[i]) : char.IsAsciiLetter(text[i])))
                {
                    i++;
                }

                if (i < text.Length && (char.IsLetterOrDigit(text[i]) || digits && !EndsNumber(text, i)))
                {
                    return false;
                }

                if (digits && start > 0 && !(char.IsWhiteSpace(text[start - 1]) || text[start - 1] == '('))
                {
                    return false;
                }

                words.Add(new Word(start, i, digits));
                continue;
            }

            if (char.IsLetterOrDigit(c) || c is '-' or '/' or ':' or '+' or '&' or '#' or '@' or '~' or '$' or '%')
            {
                return false;
            }

            i++;
        }

        return true;
    }

    private static bool EndsNumber(string text, int i) =>
        char.IsWhiteSpace(text[i]) || text[i] is ',' or ';' or '!' or '?' or ')'
        || text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
}
