namespace Advisor.Knowledge;

/// <summary>
/// How clear the verdict is: strong needs a wide margin and no one-step change that flips it; a close
/// call is a narrow margin or a project the source argues for both ways.
/// </summary>
public enum Confidence { Strong, Moderate, CloseCall }

/// <summary>One framework's points from one criterion (question), and the facts behind them.</summary>
public sealed record CriterionScore(Question Question, string Criterion, int Points, IReadOnlyList<string> FactIds);

/// <summary>A framework's total and its per-criterion breakdown (every criterion, zero when it adds nothing).</summary>
public sealed record FrameworkScore(Framework Framework, int Total, IReadOnlyList<CriterionScore> Breakdown);

/// <summary>Why the winner won, tied to one of the user's answers; <see cref="Text"/> is shown verbatim.</summary>
public sealed record Reason(Question Question, AnswerOption Answer, IReadOnlyList<string> FactIds, int Points, string Text);

/// <summary>A cost of the winner; <see cref="Question"/> is set when one of the user's answers makes it bite.</summary>
public sealed record TradeOff(string FactId, Question? Question, string Text);

/// <summary>The nearest one-step change of one answer that would make <see cref="NewWinner"/> win instead.</summary>
public sealed record Flip(Question Question, AnswerOption NewAnswer, Framework NewWinner, string Text);

/// <summary>
/// The advisor's verdict with everything needed to check it. <see cref="RunnerUpCosts"/> are the
/// runner-up's costs that the user's answers make bite ("why not the other one?"). <see cref="TwoSided"/>
/// is set when the source argues for both frameworks (then it is a close call, with each side's case);
/// <see cref="FamiliarityNote"/> says how the framework the user knows counted.
/// </summary>
public sealed record Recommendation(
    Framework Winner,
    Framework RunnerUp,
    int Margin,
    IReadOnlyList<FrameworkScore> Scores,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<TradeOff> TradeOffs,
    IReadOnlyList<TradeOff> RunnerUpCosts,
    Flip? Flip,
    Confidence Confidence,
    Question? DecidingQuestion,
    string? FastApiNote,
    string KnowledgeVersion)
{
    public TwoSidedCall? TwoSided { get; init; }

    public string? FamiliarityNote { get; init; }

    /// <summary>True when the user's familiarity, not the answers, settled a close call (the comparison shows it as a row).</summary>
    public bool DecidedByFamiliarity { get; init; }

    /// <summary>
    /// When no one-step change flips a call that is not strong: the nearest change of any one answer that
    /// does (a jump on a scale, another kind of project, or an open question answered); <c>null</c> if none.
    /// </summary>
    public Flip? BiggerChange { get; init; }

    /// <summary>What Flask lacks built in, said first when the data is sensitive and Flask is the pick; else <c>null</c>.</summary>
    public string? SecurityCaution { get; init; }

    /// <summary>True when no one-step change of one answer changes the verdict.</summary>
    public bool IsRobust => Flip is null && !StepFlips;

    /// <summary>
    /// Some one-step change flips the verdict, but only through the user's familiarity (entering or leaving a
    /// two-sided close call), so it is not named as a flip: "more security would make Flask win" would mislead.
    /// </summary>
    public bool StepFlips { get; init; }

    /// <summary>What the familiarity does to this verdict, said instead of a flip when only familiarity makes one.</summary>
    public string? FamiliarityFlipText { get; init; }

    /// <summary>
    /// The user-facing line about what would change the verdict: the nearest one-step flip; for a call that is
    /// not strong and has none, the nearest bigger change; for a strong verdict, a word that nothing near does.
    /// </summary>
    public string? FlipText => Flip?.Text ?? BiggerChange?.Text ?? FamiliarityFlipText
        ?? (Confidence == Confidence.Strong
            ? $"No small change to one answer would tip it to {RunnerUp}."
            : $"No single change to one answer would tip it to {RunnerUp}: {Winner} rests on several answers at once.");

    public FrameworkScore Score(Framework framework) => Scores.First(s => s.Framework == framework);
}
