namespace Bot.Dialogs.Recognition;

/// <summary>
/// Yes or no in their common English forms (protocol doc §8.5; ours, since the Recognizers.Text
/// choice package is not in the registry). The whole answer may be a phrase ("not really"), or
/// start with one ("yes, we do", "no thanks"). An answer holding both a yes and a no word is neither.
/// </summary>
public static class ConfirmRecognizer
{
    private static readonly string[] s_yes =
    [
        "yes", "y", "yeah", "yea", "yep", "yup", "ya", "sure", "ok", "okay", "k", "of course", "definitely", "absolutely",
        "certainly", "correct", "right", "true", "affirmative", "indeed", "please do", "sounds good", "go ahead", "i do",
        "we do", "it is", "yes please", "sure thing", "for sure", "totally", "aye", "si",
    ];

    private static readonly string[] s_no =
    [
        "no", "n", "nope", "nah", "not really", "no thanks", "no thank you", "never", "negative", "false", "not at all",
        "i don t think so", "i do not think so", "definitely not", "absolutely not", "no way", "not", "we don t", "i don t",
        "don t", "do not", "incorrect", "wrong",
    ];

    private static readonly HashSet<string> s_yesWords = new(["yes", "yeah", "yep", "yup", "sure", "ok", "okay"], StringComparer.Ordinal);
    private static readonly HashSet<string> s_noWords = new(["no", "nope", "nah", "not", "never", "don"], StringComparer.Ordinal);

    /// <summary>True for yes, false for no, null when the answer is neither (or both).</summary>
    public static bool? Recognize(string? text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Length == 0 || (tokens.Any(s_yesWords.Contains) && tokens.Any(s_noWords.Contains)))
        {
            return null;
        }

        var normalized = string.Join(' ', tokens);
        var yes = Longest(normalized, s_yes);
        var no = Longest(normalized, s_no);
        return (yes, no) switch
        {
            (0, 0) => null,
            _ when yes > no => true,
            _ when no > yes => false,
            _ => null,
        };
    }

    /// <summary>The length of the longest phrase that is the whole answer or begins it; 0 when none.</summary>
    private static int Longest(string normalized, string[] phrases)
    {
        var best = 0;
        foreach (var phrase in phrases)
        {
            var matches = normalized.Length == phrase.Length
                ? string.Equals(normalized, phrase, StringComparison.Ordinal)
                : normalized.Length > phrase.Length && normalized[phrase.Length] == ' ' && normalized.StartsWith(phrase, StringComparison.Ordinal);
            if (matches && phrase.Length > best)
            {
                best = phrase.Length;
            }
        }

        return best;
    }
}
