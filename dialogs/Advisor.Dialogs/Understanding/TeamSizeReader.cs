using System.Globalization;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// A head count in a message: a number next to a word for people ("3-person", "five developers",
/// "two of us") or after a team phrase ("a team of 5", "we are 12"). Any other number (dates,
/// "3 weeks", "v2", "100 users", "100k users") is not a team size, and neither is the size of the
/// organisation ("our 5,000-person company", "a 40-person agency"). A range ("3-4 devs") counts by
/// its upper end, and the words read include the whole range so the echo shows it.
/// </summary>
internal static class TeamSizeReader
{
    /// <summary>A head count and the tokens it was read from.</summary>
    internal readonly record struct HeadCount(int Count, int Start, int End);

    private const int MaxTeam = 10_000;
    private const int MaxGenericPeople = 100;
    private const int MaxModifiers = 3;

    public static HeadCount? Find(string[] tokens)
    {
        // A startup, studio or band is the company beside a count of its developers ("a 12-person startup … two
        // backend devs"), but the team when it is the only count ("a 2-person startup building a SaaS").
        if ((FindFrom(tokens, 0, strict: true) ?? FindFrom(tokens, 0, strict: false)) is not { } first)
        {
            return null;
        }

        // "4 ppl got reassigned so we're 8 now", "3 new hires joined, so we're 11 again": the count it comes to,
        // said right before it. A range's second count can start inside the first ("3-4 devs").
        // "24 students will work in groups of 3": the group is the team.
        return FindFrom(tokens, first.End, strict: false) is { } then && then.Start >= first.End
            && (tokens[Math.Max(first.End, then.Start - 3)..then.Start].Any(t => t is "so" or "leaving" or "making" or "makes" or "now")
                || (then.Start >= 1 && tokens[then.Start] is "groups" or "teams"))
            ? then
            : first;
    }

    private static HeadCount? FindFrom(string[] tokens, int from, bool strict)
    {
        for (var i = from; i < tokens.Length; i++)
        {
            if (Number(tokens, i) is not { } number || number.Value is < 1 or > MaxTeam)
            {
                continue;
            }

            if (number.End < tokens.Length && (Number(tokens, number.End) is not null
                || (tokens[number.End] is "to" or "or" && number.End + 1 < tokens.Length && Number(tokens, number.End + 1) is not null)))
            {
                continue; // "a team of 3-4 devs": the range is read at its upper end, and counts by it
            }

            if (OrganisationBefore(tokens, i, strict))
            {
                continue; // "our agency (60 people)", "our company has 500 engineers", "my company is 50 people"
            }

            if (FutureTeam(tokens, i))
            {
                continue; // "solo for now but we plan to hire like 10 devs next year": the team to come
            }

            if (IsFollowedByPeople(tokens, number.End, number.Value, strict, out var peopleEnd))
            {
                var count = IncludesSpeaker(tokens, i) ? number.Value + 1 : number.Value;
                return OnlyAfter(tokens, peopleEnd) ?? AndMore(tokens, peopleEnd, count, RangeStart(tokens, i)) ?? new HeadCount(count, RangeStart(tokens, i), peopleEnd);
            }

            if (SharedPeopleWord(tokens, number.End) is { } shared && AndMore(tokens, shared, number.Value, i) is { } both)
            {
                return both; // "2 frontend and 3 backend devs"
            }

            if (TeamPhraseBefore(tokens, i, number.End) is { } phraseStart)
            {
                return OnlyAfter(tokens, number.End) ?? new HeadCount(number.Value, phraseStart, number.End);
            }

            if (IncludesSpeaker(tokens, i) && (number.End == tokens.Length || tokens[number.End] == TextTokens.Boundary))
            {
                return new HeadCount(number.Value + 1, i - 2, number.End); // "team: me + 1."
            }
        }

        return null;
    }

    /// <summary>"2 juniors and 2 seniors", "3 devs plus 1 designer": a second group of people joined on counts too.</summary>
    private static HeadCount? AndMore(string[] tokens, int from, int count, int start)
    {
        if (from + 1 >= tokens.Length || tokens[from] is not ("and" or "plus") || Number(tokens, from + 1) is not { } more
            || more.Value is < 1 or > MaxTeam || !IsFollowedByPeople(tokens, more.End, more.Value, strict: false, out var end))
        {
            return null;
        }

        return count + more.Value <= MaxTeam ? new HeadCount(count + more.Value, start, end) : null;
    }

    /// <summary>Where "and" follows a number's modifiers with no word for people yet ("2 frontend | and 3 backend devs").</summary>
    private static int? SharedPeopleWord(string[] tokens, int at)
    {
        var skipped = 0;
        while (at < tokens.Length && skipped < MaxModifiers && Lexicon.PeopleModifiers.Contains(tokens[at]))
        {
            at++;
            skipped++;
        }

        return skipped > 0 && at < tokens.Length && tokens[at] == "and" ? at : null;
    }

    /// <summary>
    /// "we plan to hire like 10 devs", "will grow to 12 devs": a word for growing the team earlier in the number's
    /// clause. A what-if ("what if the team grows to 12 people?", "what if I hire 5 devs?") imagines that team.
    /// </summary>
    private static bool FutureTeam(string[] tokens, int i)
    {
        var growing = false;
        for (var j = i - 1; j >= 0 && j >= i - 8 && tokens[j] != TextTokens.Boundary; j--)
        {
            if (tokens[j] is "if" or "suppose" or "imagine" or "say")
            {
                return false;
            }

            growing |= j >= i - 5 && Lexicon.GrowthWords.Contains(tokens[j]);
        }

        return growing;
    }

    /// <summary>
    /// "a team of 20 but only 3 on this", "10 devs, though just 2 on the project", "4 of us in the band but
    /// only I will code it": the fewer who do the work.
    /// </summary>
    private static HeadCount? OnlyAfter(string[] tokens, int from)
    {
        for (var j = from; j < tokens.Length - 2 && j < from + 6; j++)
        {
            if (Lexicon.Contrasts.Contains(tokens[j]) && tokens[j + 1] is "only" or "just" && tokens[j + 2] is "i" or "me" or "myself"
                && tokens.Skip(j + 3).Take(3).Any(Lexicon.WorkVerbs.Contains))
            {
                return new HeadCount(1, j + 1, j + 3); // "but only I will code it"; "but only I know Flask" is no head count
            }

            // "we're 25 people but 5 engineers": a contrast, then a count of people who build.
            if (Lexicon.Contrasts.Contains(tokens[j]) && Number(tokens, j + 1) is { } builders && builders.Value is >= 1 and <= MaxTeam
                && builders.End < tokens.Length && Lexicon.PeopleWords.Any(p => p is [var word] && word == tokens[builders.End]) && !Lexicon.GenericPeople.Contains(tokens[builders.End]))
            {
                return new HeadCount(builders.Value, j + 1, builders.End + 1);
            }

            if (Lexicon.Contrasts.Contains(tokens[j]) && tokens[j + 1] is "only" or "just" && Number(tokens, j + 2) is { } few && few.Value is >= 1 and <= MaxTeam)
            {
                var end = few.End;
                while (end < tokens.Length && end < few.End + 4 && tokens[end] != TextTokens.Boundary)
                {
                    end++;
                }

                return new HeadCount(few.Value, j + 1, end);
            }
        }

        return null;
    }

    private static bool IsOrganisation(string token, bool strict) =>
        Lexicon.Organisations.Contains(token) || (strict && Lexicon.SmallOrganisations.Contains(token));

    private static bool IsFollowedByPeople(string[] tokens, int at, int count, bool strict, out int end)
    {
        end = at;
        for (var skipped = 0; skipped <= MaxModifiers && at < tokens.Length; skipped++, at++)
        {
            if (Lexicon.PeopleWords.FirstOrDefault(p => TextTokens.At(tokens, at, p)) is { } people)
            {
                end = at + people.Length;
                var generic = people.Length == 1 && Lexicon.GenericPeople.Contains(people[0]);
                var next = end < tokens.Length ? tokens[end] : null;
                if (tokens.Skip(end).Take(2).Any(t => IsOrganisation(t, strict)))
                {
                    return false; // "a 5,000-person company", "a 120 person saas company" is the company, not the team
                }

                return !generic || (count <= MaxGenericPeople && (next is null || !Lexicon.UsageWords.Contains(next)));
            }

            if (!Lexicon.PeopleModifiers.Contains(tokens[at]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Where the team phrase before a bare number starts ("a team of about 5"), or null when there is none.</summary>
    private static int? TeamPhraseBefore(string[] tokens, int start, int end)
    {
        var before = start;
        while (before > 0 && Lexicon.Approximators.Contains(tokens[before - 1]))
        {
            before--;
        }

        var context = Lexicon.TeamContexts.FirstOrDefault(c => TextTokens.At(tokens, before - c.Length, c));
        var next = end < tokens.Length ? tokens[end] : TextTokens.Boundary;
        // "a team of 9 Flask veterans": after "team of" anything goes but a unit; after "we are" only what a head count allows.
        var allowed = context is [.., "of"] ? !Lexicon.NotHeadCountAfter.Contains(next) : Lexicon.AfterHeadCount.Contains(next) || (context is not null && next == "|");
        if (!allowed)
        {
            return null;
        }

        return context is null ? null : before - context.Length;
    }

    /// <summary>An organisation named just before the number in its clause, and no word for the team in between.</summary>
    private static bool OrganisationBefore(string[] tokens, int i, bool strict)
    {
        if (Lexicon.TeamContexts.Any(c => c is [_, "of"] && TextTokens.At(tokens, i - c.Length, c)))
        {
            return false; // "a startup of 4" is the team
        }

        for (var j = i - 1; j >= 0 && j >= i - 3; j--)
        {
            if (tokens[j] == "of" && j > 0 && IsOrganisation(tokens[j - 1], strict))
            {
                return true; // "a small company of 8 people"
            }

            if (tokens[j] == TextTokens.Boundary || tokens[j] is "team" or "project" or "of" || Lexicon.Contrasts.Contains(tokens[j]))
            {
                return false;
            }

            if (IsOrganisation(tokens[j], strict))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"3-4 devs", "3 to 4 devs", "3 or 4 devs": the range starts at the first number.</summary>
    private static int RangeStart(string[] tokens, int i)
    {
        if (i >= 1 && Number(tokens, i - 1) is not null)
        {
            return i - 1;
        }

        return i >= 2 && tokens[i - 1] is "to" or "or" && Number(tokens, i - 2) is not null ? i - 2 : i;
    }

    private static bool IncludesSpeaker(string[] tokens, int start) =>
        Lexicon.IncludingMe.Any(p => TextTokens.At(tokens, start - p.Length, p));

    /// <summary>A number at <paramref name="i"/>: digits, or words ("twenty five", "a dozen").</summary>
    internal static (int Value, int End)? Number(string[] tokens, int i)
    {
        var token = tokens[i];
        if (token.All(char.IsAsciiDigit))
        {
            return token.Length <= 6 ? (int.Parse(token, CultureInfo.InvariantCulture), i + 1) : null;
        }

        if (!Lexicon.NumberWords.TryGetValue(token, out var value))
        {
            return null;
        }

        if (token == "dozen" && i >= 2 && tokens[i - 2] == "half" && tokens[i - 1] == "a")
        {
            return (6, i + 1);
        }

        if (value is >= 20 and < 100 && i + 1 < tokens.Length && Lexicon.NumberWords.TryGetValue(tokens[i + 1], out var unit) && unit < 10)
        {
            return (value + unit, i + 2);
        }

        return (value, i + 1);
    }
}
