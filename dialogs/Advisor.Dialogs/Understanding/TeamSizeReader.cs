using System.Globalization;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// A head count in a message: a number next to a word for people ("3-person", "five developers",
/// "two of us") or after a team phrase ("a team of 5", "we are 12"). Any other number (dates,
/// "3 weeks", "v2", "100 users", "100k users") is not a team size.
/// </summary>
internal static class TeamSizeReader
{
    private const int MaxTeam = 10_000;
    private const int MaxGenericPeople = 100;
    private const int MaxModifiers = 3;

    public static int? Read(string[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (Number(tokens, i) is not { } number || number.Value is < 1 or > MaxTeam)
            {
                continue;
            }

            if (IsFollowedByPeople(tokens, number.End, number.Value) || IsAfterTeamPhrase(tokens, i, number.End))
            {
                return IncludesSpeaker(tokens, i) ? number.Value + 1 : number.Value;
            }
        }

        return null;
    }

    private static bool IsFollowedByPeople(string[] tokens, int at, int count)
    {
        for (var skipped = 0; skipped <= MaxModifiers && at < tokens.Length; skipped++, at++)
        {
            if (Lexicon.PeopleWords.FirstOrDefault(p => TextTokens.At(tokens, at, p)) is { } people)
            {
                var generic = people.Length == 1 && Lexicon.GenericPeople.Contains(people[0]);
                var next = at + people.Length < tokens.Length ? tokens[at + people.Length] : null;
                return !generic || (count <= MaxGenericPeople && (next is null || !Lexicon.UsageWords.Contains(next)));
            }

            if (!Lexicon.PeopleModifiers.Contains(tokens[at]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAfterTeamPhrase(string[] tokens, int start, int end)
    {
        var before = start;
        while (before > 0 && Lexicon.Approximators.Contains(tokens[before - 1]))
        {
            before--;
        }

        var afterOk = end >= tokens.Length || Lexicon.AfterHeadCount.Contains(tokens[end]);
        return afterOk && Lexicon.TeamContexts.Any(c => TextTokens.At(tokens, before - c.Length, c));
    }

    private static bool IncludesSpeaker(string[] tokens, int start) =>
        Lexicon.IncludingMe.Any(p => TextTokens.At(tokens, start - p.Length, p));

    /// <summary>A number at <paramref name="i"/>: digits, or words ("twenty five", "a dozen").</summary>
    private static (int Value, int End)? Number(string[] tokens, int i)
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
