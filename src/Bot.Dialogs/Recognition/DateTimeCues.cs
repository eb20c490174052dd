using System.Collections.Frozen;

namespace Bot.Dialogs.Recognition;

/// <summary>
/// Whether a text can hold a date, time or duration at all (issue 16): the Recognizers.Text DateTime
/// model costs tens of microseconds and hundreds of KB even on "Online shop" or "hi", and finds
/// something only where there is a digit or one of the words it starts from: a unit, a month, a day
/// of the week, a part of the day, a season, a holiday, a number or ordinal word, or "now" and its
/// kin. Deliberately generous: a word here that the model ignores costs one model run, while a
/// missing word would hide a date. tests/Bot.Dialogs.Tests DateTimeCuesTests hold the model to it.
/// </summary>
internal static class DateTimeCues
{
    private static readonly FrozenSet<string> s_words = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            // Units, and what repeats by them.
            "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
            "day", "days", "week", "weeks", "wk", "wks", "fortnight", "fortnights", "month", "months", "mo", "mos",
            "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries", "millennium", "quarter", "quarters",
            "weekend", "weekends", "weekday", "weekdays", "weeknight", "weeknights", "hourly", "daily", "nightly",
            "weekly", "biweekly", "monthly", "quarterly", "yearly", "annually", "annual", "semester", "sprint", "sprints",
            // Months and days of the week, in full and short.
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
            "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "mon", "tue", "tues", "wed", "weds", "thu",
            "thur", "thurs", "fri", "sat", "sun",
            // Now, today and the parts of a day.
            "now", "today", "tonight", "tonite", "tomorrow", "tmr", "tmrw", "tmw", "yesterday", "noon", "midnight", "midday", "morning",
            "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "overnight", "dawn", "dusk",
            "sunrise", "sunset", "daytime", "nighttime", "lunchtime", "lunch", "breakfast", "brunch", "dinner", "supper",
            "clock", "am", "pm", "eod", "eow", "eom", "eoy", "ytd", "mtd", "qtd", "asap", "soon", "recently", "previously",
            "currently", "lately", "present", "moment", "past", "future", "ago", "later", "earlier", "half",
            // Seasons and holidays that do not end in "day".
            "spring", "summer", "fall", "autumn", "winter", "christmas", "xmas", "easter", "halloween", "thanksgiving",
            "hanukkah", "chanukah", "kwanzaa", "ramadan", "diwali", "eid", "lent", "mardi", "gras", "valentine",
            "valentines", "eve", "newyear", "mayo", "patrick", "patricks",
            // Number and ordinal words.
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozen", "couple", "few",
            "several", "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth", "thirtieth", "last", "next",
        ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>False only when the model cannot find anything in <paramref name="text"/>; allocates nothing.</summary>
    public static bool CanHold(ReadOnlySpan<char> text)
    {
        Span<char> word = stackalloc char[16];
        var length = 0;
        var tooLong = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsDigit(c))
            {
                return true;
            }

            if (char.IsLetter(c))
            {
                if (length < word.Length)
                {
                    word[length] = char.ToLowerInvariant(c);
                }
                else
                {
                    tooLong = true;
                }

                length++;
                continue;
            }

            if (length > 0 && !tooLong && s_lookup.Contains(word[..length]))
            {
                return true;
            }

            length = 0;
            tooLong = false;
        }

        return false;
    }
}
