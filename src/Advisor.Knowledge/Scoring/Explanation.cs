namespace Advisor.Knowledge;

/// <summary>Turns a verdict's evidence into reasons and trade-offs a user can check against their answers.</summary>
internal static class Explanation
{
    /// <summary>Costs no answer made bite are listed until there are this many trade-offs; those from the answers always are.</summary>
    public const int TradeOffsShown = 3;

    /// <summary>
    /// One reason per answer that leans toward the winner, strongest first, each in the sentence that ties
    /// that answer to its fact. An answer that leans the other way is never argued for the winner (it is a
    /// trade-off instead), and one that leans neither way is left out.
    /// </summary>
    public static IReadOnlyList<Reason> Reasons(Verdict verdict) =>
    [
        .. verdict.Selected
            .Where(s => Leans(s, verdict.Winner))
            .Select(s => ReasonFor(s, verdict))
            .OfType<Reason>()
            .OrderByDescending(r => r.Points),
    ];

    /// <summary>
    /// What choosing the winner costs on these answers: for each answer that leans toward the runner-up
    /// (strongest first), the winner's costs it makes bite or, if none, what the runner-up would have given;
    /// then the winner's other costs that can matter for these answers (<see cref="CostCaveats"/>), up to
    /// <see cref="TradeOffsShown"/>. The security cost is left to <paramref name="securityCaution"/> when that leads the card.
    /// </summary>
    public static IReadOnlyList<TradeOff> TradeOffs(Verdict verdict, string? securityCaution)
    {
        var fromAnswers = new List<TradeOff>();
        foreach (var weighed in verdict.Selected.Where(s => Leans(s, verdict.RunnerUp)).OrderByDescending(s => Math.Abs(s.DjangoMargin)))
        {
            if (securityCaution is null || weighed.Question.Id != Question.Security)
            {
                fromAnswers.AddRange(WhatItCosts(weighed, verdict, fromAnswers));
            }
        }

        var others = CostCaveats.All
            .Where(c => KnowledgeBase.Fact(c.FactId).About == verdict.Winner && c.Applies(verdict.Answers))
            .Where(c => fromAnswers.TrueForAll(t => t.FactId != c.FactId) && (securityCaution is null || c.FactId != FactIds.FlaskSecurityDependency))
            .Select(c => new TradeOff(c.FactId, null, c.Text))
            .Take(Math.Max(0, TradeOffsShown - fromAnswers.Count));
        return [.. fromAnswers, .. others];
    }

    /// <summary>
    /// The line that leads a Flask card when the data is sensitive: what Flask lacks built in (issue 11 follow-up:
    /// a health-data risk shown only among the trade-offs was easy to miss).
    /// </summary>
    public static string? SecurityCaution(Verdict verdict) =>
        verdict.Winner == Framework.Flask && verdict.Answers.Security == SecurityNeeds.High
            ? "Mind the security first: data this sensitive needs strong protection, and Flask has few built-in security features, "
                + "so safety rests on your own practices and on keeping its extensions secure."
            : null;

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

    private static bool Leans(Weighed weighed, Framework framework) =>
        framework == Framework.Django ? weighed.DjangoMargin > 0 : weighed.DjangoMargin < 0;

    /// <summary>
    /// An answer leaning toward the runner-up: the winner's costs it makes bite (those not already <paramref name="shown"/>),
    /// else the runner-up's strongest case from it, so every such answer says what it costs.
    /// </summary>
    private static List<TradeOff> WhatItCosts(Weighed weighed, Verdict verdict, List<TradeOff> shown)
    {
        var costs = weighed.Evidence
            .Where(e => e.Framework == verdict.Winner && e.Points < 0 && shown.TrueForAll(t => t.FactId != e.FactId))
            .OrderBy(e => e.Points)
            .ToList();
        var given = costs.Count > 0 ? costs
            : weighed.Evidence.Where(e => e.Framework == verdict.RunnerUp && e.Points > 0).OrderByDescending(e => e.Points).Take(1);
        return [.. given.Select(e => new TradeOff(e.FactId, weighed.Question.Id, e.Because))];
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
