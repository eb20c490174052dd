namespace Advisor.Knowledge;

/// <summary>Turns a verdict's evidence into reasons and trade-offs a user can check against their answers.</summary>
internal static class Explanation
{
    /// <summary>Costs no answer made bite are listed until there are this many trade-offs; those that bite always are.</summary>
    public const int TradeOffsShown = 3;

    /// <summary>Every result names at least this many of the user's answers as reasons, when that many support the winner at all.</summary>
    public const int MinimumReasons = 2;

    /// <summary>
    /// One reason per answer that, on balance, favours the winner, strongest first, each in the
    /// sentence that ties that answer to its fact. An answer that helps the winner but helps the
    /// runner-up more is listed only to reach <see cref="MinimumReasons"/>.
    /// </summary>
    public static IReadOnlyList<Reason> Reasons(Verdict verdict)
    {
        var all = verdict.Selected
            .Select(s => ReasonFor(s, verdict))
            .OfType<Reason>()
            .OrderByDescending(r => r.Points)
            .ToList();
        var onBalance = all.Where(r => FavoursWinner(r, verdict)).ToList();
        return [.. onBalance, .. all.Where(r => !FavoursWinner(r, verdict)).Take(Math.Max(0, MinimumReasons - onBalance.Count))];
    }

    /// <summary>
    /// The winner's costs: first those the user's answers make bite, then others up to
    /// <see cref="TradeOffsShown"/>, leaving out any the answers rule out.
    /// </summary>
    public static IReadOnlyList<TradeOff> TradeOffs(Verdict verdict)
    {
        var triggered = CostsThatBite(verdict.Winner, verdict);
        var others = KnowledgeBase.Facts
            .Where(f => f.Kind == FactKind.Cost && f.About == verdict.Winner && triggered.TrueForAll(t => t.FactId != f.Id))
            .Select(f => CostCaveats.For(f.Id))
            .Where(c => !c.RuledOut(verdict.Answers))
            .Select(c => new TradeOff(c.FactId, null, c.Text))
            .Take(Math.Max(0, TradeOffsShown - triggered.Count));
        return [.. triggered, .. others];
    }

    /// <summary>A framework's costs that the user's answers make bite, each in the sentence tying it to the answer.</summary>
    public static List<TradeOff> CostsThatBite(Framework framework, Verdict verdict) =>
    [
        .. verdict.Selected
            .SelectMany(s => s.Evidence
                .Where(e => e.Framework == framework && e.Points < 0)
                .OrderBy(e => e.Points)
                .Select(e => new TradeOff(e.FactId, s.Question.Id, e.Because)))
            .DistinctBy(t => t.FactId),
    ];

    /// <summary>Why the user's familiarity counts here, or does not; <c>null</c> when none was stated.</summary>
    public static string? FamiliarityNote(Verdict verdict) => verdict.Answers.Familiarity switch
    {
        null => null,
        { } known when verdict.DecidedByFamiliarity => verdict.ScoreWinner == known
            ? $"You know {known} already, and on a call this close that settles it. That reason is your familiarity, not the article."
            : $"On the article's terms this is close, and you know {known} already, so I'd go with {known}. That reason is your familiarity, not the article.",
        { } known when known == verdict.Winner => $"You know {known} already, which helps, though the article's case stands on its own.",
        { } known => $"You know {known}, but the article's case for {verdict.Winner} here is clear enough that familiarity doesn't change it.",
    };

    private static bool FavoursWinner(Reason reason, Verdict verdict)
    {
        var margin = verdict.Selected.First(s => s.Question.Id == reason.Question).DjangoMargin;
        return verdict.Winner == Framework.Django ? margin > 0 : margin < 0;
    }

    private static Reason? ReasonFor(Weighed weighed, Verdict verdict)
    {
        if (weighed.Answer is null)
        {
            return null;
        }

        var supporting = weighed.Evidence
            .Where(e => (e.Framework == verdict.Winner) == (e.Points > 0))
            .OrderByDescending(e => Math.Abs(e.Points))
            .ToArray();
        return supporting.Length == 0
            ? null
            : new Reason(
                weighed.Question.Id,
                weighed.Answer,
                [.. supporting.Select(e => e.FactId)],
                supporting.Sum(e => Math.Abs(e.Points)),
                supporting[0].Because);
    }
}
