namespace Advisor.Knowledge;

/// <summary>What would change the verdict: the nearest plausible flip, and for close calls the deciding question.</summary>
internal static class Counterfactuals
{
    /// <summary>
    /// Of the one-step changes (<see cref="Steps"/>) that make the runner-up win while moving the evidence
    /// towards it (<see cref="TowardsTheNewWinner"/>), the one that moves the margin least, earlier questions
    /// first on a tie; <c>null</c> when none does. A jump across a scale
    /// ("small" to "large") or to another kind of project is not a plausible change, so it is never named.
    /// </summary>
    public static Flip? NearestFlip(Verdict verdict) =>
        Steps(verdict)
            .Select(step => (Step: step, After: verdict.With(step.To)))
            .Where(c => c.After.Winner != verdict.Winner && TowardsTheNewWinner(verdict, c.After))
            .OrderBy(c => Math.Abs(c.After.DjangoMargin - verdict.DjangoMargin))
            .Select(c => new Flip(
                c.Step.Question.Id, c.Step.To, c.After.Winner,
                $"{c.Step.Question.WhatIf(c.Step.To)} rather than {c.Step.From.Label}, {c.After.Winner} would win instead."))
            .FirstOrDefault();

    /// <summary>
    /// Said when the only one-step flips go through the user's familiarity: that it decides this close call, or
    /// that one change would make this a close call it decides.
    /// </summary>
    public static string FamiliarityFlip(Verdict verdict) =>
        verdict.Winner != verdict.ScoreWinner
            ? $"Knowing {verdict.Winner} is what decides this close call: on the article's points alone, {verdict.ScoreWinner} would win."
            : $"One change to your answers could make this a close call, and then knowing {verdict.Answers.Familiarity} would decide it.";

    /// <summary>Whether any one-step change makes the runner-up win, named or not: a verdict one step from flipping is never strong.</summary>
    public static bool AnyStepFlips(Verdict verdict) =>
        Steps(verdict).Any(step => verdict.With(step.To).Winner != verdict.Winner);

    /// <summary>
    /// When no one-step change flips a call that is not strong: the change of one answer, of any size, that
    /// flips it while moving the margin least (a jump on a scale, another kind of project, an open question
    /// answered), said as a bigger change; <c>null</c> for a strong call, or when no single change flips it.
    /// </summary>
    public static Flip? BiggerChange(Verdict verdict, Flip? flip, bool strong) =>
        flip is not null || strong ? null
            : verdict.Selected
                .SelectMany(s => s.Question.Options
                    .Where(o => !o.IsUnsure && o != s.Answer)
                    .Select(o => (s.Question, From: s.Answer, To: o, After: verdict.With(o))))
                .Where(c => c.After.Winner != verdict.Winner && TowardsTheNewWinner(verdict, c.After))
                .OrderBy(c => Math.Abs(c.After.DjangoMargin - verdict.DjangoMargin))
                .Select(c => new Flip(
                    c.Question.Id, c.To, c.After.Winner,
                    $"Only a bigger change would tip it: {Lower(c.Question.WhatIf(c.To))}"
                        + (c.From is { IsUnsure: false } from ? $" rather than {from.Label}" : "")
                        + $", {c.After.Winner} would win instead."))
                .FirstOrDefault();

    /// <summary>
    /// For a close call, the question whose answer would settle it: an open question (unanswered, or
    /// experience "not sure") that can swing the verdict, the strongest swing first; otherwise the
    /// question of the nearest flip; otherwise the answer that carries the winner most. "Another kind of
    /// project" is an answer the user gave, so it is not open.
    /// </summary>
    public static Question? DecidingQuestion(Verdict verdict, Flip? flip)
    {
        if (!verdict.IsCloseCall)
        {
            return null;
        }

        var open = verdict.Selected
            .Where(s => s.Answer is null || (s.Answer.IsUnsure && s.Question.Id != Question.UseCase))
            .SelectMany(s => s.Question.Options.Where(o => o != s.Answer).Select(o => (s.Question, After: verdict.With(o))))
            .Where(c => c.After.Winner == verdict.RunnerUp)
            .OrderByDescending(c => Math.Abs(c.After.DjangoMargin - verdict.DjangoMargin))
            .Select(c => (Question?)c.Question.Id)
            .FirstOrDefault();
        return open ?? flip?.Question ?? verdict.Selected
            .OrderByDescending(s => Math.Abs(s.DjangoMargin))
            .Select(s => s.Question.Id)
            .First();
    }

    /// <summary>
    /// A change names a flip only when the evidence moves towards the framework that would win. Entering or
    /// leaving a two-sided call can flip a verdict through the user's familiarity while the points move the
    /// other way: an API with personal data, for a team that knows Flask, was told "if you needed high
    /// security rather than personal-data security, Flask would win instead", and a tester asked why the
    /// security level should move the verdict against the framework with security built in.
    /// </summary>
    private static bool TowardsTheNewWinner(Verdict verdict, Verdict after) =>
        after.Winner == Framework.Django ? after.DjangoMargin > verdict.DjangoMargin : after.DjangoMargin < verdict.DjangoMargin;

    private static string Lower(string text) => string.Concat(text[..1].ToLowerInvariant(), text[1..]);

    /// <summary>
    /// The plausible changes: one step along an ordered scale (size, timeline, security, experience)
    /// from a real answer. The kind of project has no neighbours, and an open answer has no step to take.
    /// </summary>
    public static IEnumerable<(QuestionDefinition Question, AnswerOption From, AnswerOption To)> Steps(Verdict verdict) =>
        from s in verdict.Selected
        where s.Answer is { IsUnsure: false } && s.Question.Id != Question.UseCase
        let scale = s.Question.Options.Where(o => !o.IsUnsure).ToList()
        let at = scale.IndexOf(s.Answer!)
        from to in new[] { at - 1, at + 1 }
        where to >= 0 && to < scale.Count
        select (s.Question, s.Answer!, scale[to]);
}
