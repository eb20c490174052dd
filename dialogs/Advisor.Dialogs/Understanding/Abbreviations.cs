using System.Text;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// Chat shorthand for units of time ("3 wks", "7 mos", "about a yr", "18 mths") spelled out before the
/// date recognizer sees the text: it knows only the full words. Whole words only, so "yrs" in "yrsa" stays.
/// </summary>
internal static class Abbreviations
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["wk"] = "week", ["wks"] = "weeks", ["mo"] = "month", ["mos"] = "months", ["mth"] = "month", ["mths"] = "months",
        ["mnth"] = "month", ["mnths"] = "months", ["yr"] = "year", ["yrs"] = "years", ["hrs"] = "hours", ["hr"] = "hour",
    };

    public static string Expand(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsAsciiLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = text[start..i];
                result.Append(Units.TryGetValue(word, out var full) ? full : word);
                start = -1;
            }

            if (!letter && i < text.Length)
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
