using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// Finds lexicon phrases in a tokenized message: for each question the longest phrase at each
/// position, not overlapping another of the same question; then marks the denied ones. A cue is
/// denied when a negator precedes it in its clause within <see cref="NegationReach"/> words,
/// when a longer denied cue contains it ("not just a prototype"), or when it is joined by a
/// connector to a denied cue ("no payments or log-ins"). A word of another cue in between ends
/// the reach ("not experienced with payments" denies only the experience). A long experience word
/// with one slip ("experinced") is read as that word (<see cref="Misspellings"/>).
/// </summary>
internal sealed class CueFinder
{
    private const int NegationReach = 3;

    private readonly Dictionary<string, List<(Answer Answer, string[] Tokens, bool Hint)>> byFirstToken = new(StringComparer.Ordinal);

    public CueFinder(IEnumerable<(Answer Answer, string[] Phrases)> groups)
    {
        foreach (var (answer, phrases) in groups)
        {
            foreach (var phrase in phrases)
            {
                var tokens = TextTokens.Words(phrase);
                if (tokens.Length == 0)
                {
                    continue;
                }

                if (!byFirstToken.TryGetValue(tokens[0], out var list))
                {
                    byFirstToken[tokens[0]] = list = [];
                }

                list.Add((answer, tokens, Lexicon.Hints.Contains(phrase)));
            }
        }
    }

    /// <summary>Finds the fact phrases of <see cref="Lexicon.Facts"/>.</summary>
    public static CueFinder Facts { get; } = new(Lexicon.Facts);

    /// <summary>Finds the bare-answer words of <see cref="Lexicon.Answers"/>.</summary>
    public static CueFinder Answers { get; } = new(Lexicon.Answers);

    public IReadOnlyList<Cue> Find(string[] tokens)
    {
        var found = new List<Cue>();
        foreach (var question in Enum.GetValues<Question>())
        {
            for (var i = 0; i < tokens.Length;)
            {
                if (Longest(tokens, i, question) is not { } best)
                {
                    i++;
                    continue;
                }

                found.Add(new Cue(best.Answer, i, best.Length, Negated: false, best.Hint));
                i += best.Length;
            }
        }

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        for (var k = 0; k < found.Count; k++)
        {
            if (IsDenied(tokens, found[k], found, k) || IsRemoved(tokens, found[k]) || ProbablyNotAfter(tokens, found[k].End) || IsOutsourced(tokens, found[k]))
            {
                found[k] = found[k] with { Negated = true };
            }
            else if (IsUncertain(tokens, found[k]))
            {
                found[k] = found[k] with { Hint = true };
            }
        }

        return found;
    }

    private (Answer Answer, int Length, bool Hint)? Longest(string[] tokens, int start, Question question)
    {
        (Answer Answer, int Length, bool Hint)? best = null;
        var candidates = byFirstToken.GetValueOrDefault(tokens[start]);
        var misspelt = candidates is null && question == Question.Experience && Misspellings.ExperienceWord(tokens[start]) is { } word
            && byFirstToken.TryGetValue(word, out candidates);
        foreach (var candidate in candidates ?? [])
        {
            var matches = misspelt ? TextTokens.At(tokens, start + 1, candidate.Tokens[1..]) : TextTokens.At(tokens, start, candidate.Tokens);
            if (candidate.Answer.Question == question && candidate.Tokens.Length > (best?.Length ?? 0) && matches)
            {
                best = (candidate.Answer, candidate.Tokens.Length, candidate.Hint);
            }
        }

        return best;
    }

    private static bool IsDenied(string[] tokens, Cue cue, List<Cue> cues, int index)
    {
        var earlier = cues.Take(index).ToList();
        if (earlier.Any(c => c.Negated && c.Start <= cue.Start && c.End >= cue.End))
        {
            return true;
        }

        var reach = NegationReach;
        var onlyConnectors = true;
        for (var j = cue.Start - 1; j >= 0; j--)
        {
            var token = tokens[j];
            if (token == TextTokens.Boundary || Lexicon.Contrasts.Contains(token))
            {
                return NoLongerAfter(tokens, cue.End);
            }

            if (earlier.FirstOrDefault(c => c.Start <= j && j < c.End) is { } other)
            {
                return (other.Negated && onlyConnectors) || NoLongerAfter(tokens, cue.End);
            }

            if (Lexicon.Negators.Contains(token) || IsPastHabit(tokens, j) || IsDeniedSaying(tokens, j))
            {
                return true;
            }

            onlyConnectors &= Lexicon.Connectors.Contains(token);
            if (--reach < 0)
            {
                return NoLongerAfter(tokens, cue.End);
            }
        }

        return NoLongerAfter(tokens, cue.End);
    }

    /// <summary>
    /// "drop SSO", "remove the payments", "get rid of logins": a need taken away, said just before it. A
    /// tester's "what if we drop SSO, just vpn" was read as still having SSO.
    /// </summary>
    private static bool IsRemoved(string[] tokens, Cue cue)
    {
        var j = cue.Start - 1;
        while (j >= 0 && tokens[j] is "the" or "all" or "any" or "our" or "its" or "their")
        {
            j--;
        }

        if (j >= 2 && tokens[j] == "of" && tokens[j - 1] == "rid" && tokens[j - 2] is "get" or "got")
        {
            j -= 2;
        }
        else if (j < 0 || !Lexicon.Removals.Contains(tokens[j]))
        {
            return false;
        }

        // "customers can remove their payment details", "admins can remove user profiles": a feature, not a plan.
        return !(j >= 1 && (tokens[j - 1] is "can" or "could" or "may" or "to" or "will" || Lexicon.PeopleWords.Any(p => p is [var word] && word == tokens[j - 1])
            || tokens[j - 1] is "users" or "customers" or "admins" or "members" or "clients" or "patients" or "students"));
    }

    /// <summary>
    /// "Stripe Checkout does all the payment stuff", "PayPal handles the payments": a payment provider named as
    /// doing the work, in the same clause. "card payments via our PSP" still takes payments.
    /// </summary>
    private static bool IsOutsourced(string[] tokens, Cue cue)
    {
        if (cue.Answer is not SecurityAnswer { Value: SecurityNeeds.High })
        {
            return false;
        }

        for (var j = cue.Start - 1; j >= 1 && j >= cue.Start - 6 && tokens[j] != TextTokens.Boundary; j--)
        {
            if (tokens[j] is "handles" or "handle" or "does" or "processes" or "process" or "takes" && tokens[..j].Reverse().TakeWhile(t => t != TextTokens.Boundary).Take(3).Any(Lexicon.PaymentProviders.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "not sure yet if we need logins", "not sure we even need logins", "they MIGHT want ticket payments, they
    /// haven't decided": a need the user is unsure of only hints at an answer.
    /// </summary>
    private static bool IsUncertain(string[] tokens, Cue cue)
    {
        for (var j = cue.Start - 1; j >= 0 && j >= cue.Start - 6 && tokens[j] != TextTokens.Boundary; j--)
        {
            var unsure = (tokens[j] == "sure" && j >= 1 && tokens[j - 1] is "not" or "unsure")
                || tokens[j] is "unsure" or "might" or "undecided"
                || (tokens[j] is "decided" or "know" && j >= 1 && tokens[j - 1] is "t" or "not" or "dont" or "havent" or "haven");
            if (unsure)
            {
                return true;
            }
        }

        // "they might want payments, they haven't decided": the doubt said right after the need.
        return tokens.Skip(cue.End).Take(8).Any(t => t is "undecided" or "tbd") || TextTokens.Contains(tokens.Skip(cue.End).Take(8).ToArray(), ["haven", "t", "decided"])
            || TextTokens.Contains(tokens.Skip(cue.End).Take(8).ToArray(), ["not", "decided"]);
    }

    /// <summary>"not sure yet if we need logins. probably not": the next sentence is only a "probably not".</summary>
    private static bool ProbablyNotAfter(string[] tokens, int end)
    {
        var j = end;
        while (j < tokens.Length && j < end + 6 && tokens[j] != TextTokens.Boundary)
        {
            j++;
        }

        return j + 3 <= tokens.Length && tokens[j] == TextTokens.Boundary
            && tokens[j + 1] is "probably" or "likely" && tokens[j + 2] is "not" or "no"
            && (j + 3 == tokens.Length || tokens[j + 3] == TextTokens.Boundary);
    }

    /// <summary>"I never said I was a beginner", "I didn't say we're in a hurry": what follows is what was not said.</summary>
    private static bool IsDeniedSaying(string[] tokens, int j) =>
        tokens[j] is "said" or "say" or "saying" && j > 0 && Lexicon.Negators.Contains(tokens[j - 1]);

    /// <summary>"we used to take payments": a past habit, not the project; "it will be used to take payments" is not one.</summary>
    private static bool IsPastHabit(string[] tokens, int j) =>
        tokens[j] == "to" && j > 0 && tokens[j - 1] == "used" && !(j > 1 && tokens[j - 2] is "be" or "is" or "are" or "being" or "been" or "get" or "gets");

    /// <summary>"payments, but not anymore": a denial after the cue, before its sentence ends.</summary>
    private static bool NoLongerAfter(string[] tokens, int end)
    {
        for (var j = end; j < tokens.Length && j < end + 6 && tokens[j] != TextTokens.Boundary; j++)
        {
            if (Array.Exists(DenialsAfter, d => TextTokens.At(tokens, j, d)))
            {
                return true;
            }
        }

        return false;
    }

    // "payments, but not anymore", "payments and invoicing are out of scope", "log-ins not needed".
    private static readonly string[][] DenialsAfter =
    [
        ["not", "anymore"], ["not", "any", "more"], ["no", "longer"], ["out", "of", "scope"], ["not", "in", "scope"], ["not", "needed"], ["not", "required"],
    ];
}
