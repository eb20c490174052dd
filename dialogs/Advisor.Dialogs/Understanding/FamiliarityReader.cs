using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// A framework the team already knows: "we know Flask well", "shipped a couple of Django apps",
/// "our devs are Django people", "Flask experience". Asking about one ("should we use Flask?") or
/// denying it ("never used Django", "new to Flask") is not familiarity.
/// </summary>
internal static class FamiliarityReader
{
    private const int Reach = 5;

    /// <summary>The framework named with a knowing word, its words, and whether the message denies knowing it ("none of us have used Django").</summary>
    public static (Framework Framework, string Words, bool Denied)? Read(string[] tokens)
    {
        (Framework Framework, string Words, bool Denied)? denial = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (Framework(tokens[i]) is not { } framework)
            {
                continue;
            }

            var (start, denied) = KnowingWordBefore(tokens, i);
            if (start is not null || KnowsAfter(tokens, i))
            {
                var found = (framework, FactReader.Words(tokens, start ?? i, start is null ? Math.Min(tokens.Length, i + 2) : i + 1), denied);
                if (!denied)
                {
                    return found; // "not experienced with Django, but we've done some Flask": Flask
                }

                denial ??= found;
            }
        }

        return denial;
    }

    private static Framework? Framework(string token) => token switch
    {
        "django" => Knowledge.Framework.Django,
        "flask" => Knowledge.Framework.Flask,
        _ => null,
    };

    /// <summary>"we know … Flask", "used Django before": a knowing word in the same clause, not denied, not a wish.</summary>
    private static (int? Start, bool Denied) KnowingWordBefore(string[] tokens, int at)
    {
        for (var j = at - 1; j >= 0 && j >= at - Reach; j--)
        {
            var token = tokens[j];
            if (token == TextTokens.Boundary || Lexicon.Contrasts.Contains(token))
            {
                return (null, false);
            }

            if (Lexicon.KnowingWords.Contains(token))
            {
                var wish = (j > 0 && Lexicon.WishWords.Contains(tokens[j - 1])) || (j > 1 && Lexicon.WishWords.Contains(tokens[j - 2]) && tokens[j - 2] != "to");
                return wish || AsksAboutOthers(tokens, j) ? (null, false) : (j, DeniedInClause(tokens, j));
            }
        }

        return (null, false);
    }

    /// <summary>"how does Instagram use Django?", "who uses Flask?": a question about others' use, not the team's.</summary>
    private static bool AsksAboutOthers(string[] tokens, int knowingWord)
    {
        if (tokens[knowingWord] is not ("use" or "uses" or "using" or "used"))
        {
            return false;
        }

        var start = knowingWord;
        while (start > 0 && tokens[start - 1] != TextTokens.Boundary)
        {
            start--;
        }

        return tokens[start] is "how" or "who" or "which" or "why" or "does" or "did" or "do" or "is" or "are" or "what"
            && !tokens[start..knowingWord].Any(t => t is "we" or "i" or "our" or "us");
    }

    /// <summary>A negator earlier in the knowing word's clause: "none of us have done Django", "we don't know Flask at all".</summary>
    private static bool DeniedInClause(string[] tokens, int knowingWord)
    {
        for (var j = knowingWord - 1; j >= 0 && tokens[j] != TextTokens.Boundary && !Lexicon.Contrasts.Contains(tokens[j]); j--)
        {
            if (Lexicon.Negators.Contains(tokens[j]) || tokens[j] is "none" or "nobody")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Flask experience", "Django devs", "Django veterans".</summary>
    private static bool KnowsAfter(string[] tokens, int at) =>
        at + 1 < tokens.Length && Lexicon.KnowingNouns.Contains(tokens[at + 1])
        && !Enumerable.Range(Math.Max(0, at - 2), Math.Min(2, at)).Any(j => Lexicon.Negators.Contains(tokens[j]) || tokens[j] == "little");
}
