namespace Advisor.Dialogs.Understanding;

/// <summary>
/// One slip of a key in a long experience word ("experinced", "beginers") still reads as that word. Only
/// these few words, only tokens of seven letters or more, and only one edit (a letter added, dropped,
/// changed, or two swapped); the real words one edit away ("experience", "experiences") and a slip that
/// is one edit from two of them ("nexperienced") stay as they are. Measured on the corpus: no new misreading.
/// </summary>
internal static class Misspellings
{
    private const int MinLength = 7;

    private static readonly string[] ExperienceWords = ["experienced", "inexperienced", "beginner", "beginners", "intermediate"];

    // Real words one edit from an experience word: they mean something else ("bad experiences with a vendor").
    private static readonly HashSet<string> RealWords = new(StringComparer.Ordinal) { "experience", "experiences", "inexperience", "intermediated" };

    /// <summary>The experience word <paramref name="token"/> is one slip from, or null.</summary>
    public static string? ExperienceWord(string token)
    {
        if (token.Length < MinLength || RealWords.Contains(token) || ExperienceWords.Contains(token))
        {
            return null;
        }

        string? match = null;
        foreach (var word in ExperienceWords)
        {
            if (IsOneEditApart(token, word))
            {
                if (match is not null && !IsPlural(match, word))
                {
                    return null;
                }

                match ??= word;
            }
        }

        return match;
    }

    private static bool IsPlural(string a, string b) => a + "s" == b || b + "s" == a;

    /// <summary>Damerau-Levenshtein distance of exactly one, without building the table.</summary>
    private static bool IsOneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            if (i == a.Length)
            {
                return false;
            }

            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
