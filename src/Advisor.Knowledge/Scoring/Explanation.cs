namespace Advisor.Knowledge;

/// <summary>Turns a verdict's evidence into reasons and trade-offs a user can check against their answers.</summary>
internal static class Explanation
{
    /// <summary>Untriggered costs are listed until there are this many trade-offs; triggered ones always are.</summary>
    public const int TradeOffsShown = 3;

    /// <summary>Every result names at least this many of the user's answers as reasons.</summary>
    public const int MinimumReasons = 2;

    /// <summary>
    /// One reason per answer that, on balance, favours the winner, strongest first. An answer that
    /// helps the winner but helps the runner-up more is listed only to reach <see cref="MinimumReasons"/>:
    /// otherwise "You have a few months" could argue for Flask while scoring higher for Django.
    /// </summary>
    public static IReadOnlyList<Reason> Reasons(Verdict verdict)
    {
        var all = verdict.Selected
            .Where(s => s.Answer is not null)
            .Select(s => ReasonFor(s.Question, s.Answer!, verdict))
            .OfType<Reason>()
            .OrderByDescending(r => r.Points)
            .ToList();
        var onBalance = all.Where(r => FavoursWinner(r.Answer, verdict)).ToList();
        return [.. onBalance, .. all.Where(r => !FavoursWinner(r.Answer, verdict)).Take(Math.Max(0, MinimumReasons - onBalance.Count))];
    }

    private static bool FavoursWinner(AnswerOption answer, Verdict verdict) =>
        verdict.Winner == Framework.Django ? answer.DjangoMargin > 0 : answer.DjangoMargin < 0;

    /// <summary>The winner's costs: first those the user's answers make bite, then the others.</summary>
    public static IReadOnlyList<TradeOff> TradeOffs(Verdict verdict)
    {
        var triggered = CostsThatBite(verdict.Winner, verdict);
        var others = KnowledgeBase.Facts
            .Where(f => f.Kind == FactKind.Cost && f.About == verdict.Winner && triggered.TrueForAll(t => t.FactId != f.Id))
            .Select(f => new TradeOff(f.Id, null, f.Statement))
            .Take(Math.Max(0, TradeOffsShown - triggered.Count));
        return [.. triggered, .. others];
    }

    /// <summary>A framework's costs that the user's answers make bite, each tied to the answer; for "why not the runner-up?".</summary>
    public static List<TradeOff> CostsThatBite(Framework framework, Verdict verdict) =>
    [
        .. verdict.Selected
            .Where(s => s.Answer is not null)
            .SelectMany(s => s.Answer!.Evidence
                .Where(e => e.Framework == framework && e.Points < 0)
                .Select(e => new TradeOff(
                    e.FactId, s.Question.Id, $"{s.Question.Lead(s.Answer)}: {KnowledgeBase.Fact(e.FactId).Statement}")))
            .DistinctBy(t => t.FactId),
    ];

    private static Reason? ReasonFor(QuestionDefinition question, AnswerOption answer, Verdict verdict)
    {
        var supporting = answer.Evidence
            .Where(e => (e.Framework == verdict.Winner) == (e.Points > 0))
            .OrderByDescending(e => Math.Abs(e.Points))
            .ToArray();
        if (supporting.Length == 0)
        {
            return null;
        }

        var strongest = KnowledgeBase.Fact(supporting[0].FactId);
        return new Reason(
            question.Id,
            answer,
            [.. supporting.Select(e => e.FactId)],
            supporting.Sum(e => Math.Abs(e.Points)),
            $"{question.Lead(answer)}: {strongest.Statement}");
    }
}
