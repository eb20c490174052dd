namespace Advisor.Knowledge;

/// <summary>What would change the verdict: the smallest flip, and for close calls the deciding question.</summary>
internal static class Counterfactuals
{
    /// <summary>
    /// Of all single changes of answer that make the runner-up win, the one that moves the margin
    /// least (the smallest nudge), earlier questions and options first on a tie; <c>null</c> when
    /// none does. Only real answers count as changes: "un-answering" is not something to suggest.
    /// </summary>
    public static Flip? SmallestFlip(Verdict verdict) =>
        Changes(verdict)
            .Where(c => c.Winner == verdict.RunnerUp)
            .OrderBy(c => Math.Abs(c.DjangoMargin - verdict.DjangoMargin))
            .Select(c => new Flip(
                c.Question.Id, c.Option, c.Winner, $"{c.Question.WhatIf(c.Option)}, {c.Winner} would win instead."))
            .FirstOrDefault();

    /// <summary>
    /// For a close call, the question whose answer would settle it: an open question (unanswered,
    /// "other" or "not sure") that can swing the verdict, the strongest swing first; otherwise the
    /// question of the smallest flip; otherwise the answer that carries the winner most.
    /// </summary>
    public static Question? DecidingQuestion(Verdict verdict, Flip? flip)
    {
        if (verdict.Confidence != Confidence.CloseCall)
        {
            return null;
        }

        var open = Changes(verdict)
            .Where(c => c.Winner == verdict.RunnerUp && IsOpen(verdict, c.Question))
            .OrderByDescending(c => Math.Abs(c.DjangoMargin - verdict.DjangoMargin))
            .Select(c => (Question?)c.Question.Id)
            .FirstOrDefault();
        return open ?? flip?.Question ?? verdict.Selected
            .OrderByDescending(s => Math.Abs(s.Answer?.DjangoMargin ?? 0))
            .Select(s => s.Question.Id)
            .First();
    }

    private static bool IsOpen(Verdict verdict, QuestionDefinition question) =>
        verdict.Selected.First(s => s.Question == question).Answer is null or { IsUnsure: true };

    private static IEnumerable<(QuestionDefinition Question, AnswerOption Option, int DjangoMargin, Framework Winner)> Changes(
        Verdict verdict) =>
        from s in verdict.Selected
        from option in s.Question.Options
        where option != s.Answer
        let margin = verdict.DjangoMarginWith(s.Question, option)
        select (s.Question, option, margin, Verdict.WinnerOf(margin));
}
