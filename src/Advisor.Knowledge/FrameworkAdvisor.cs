namespace Advisor.Knowledge;

/// <summary>Recommends Django or Flask from a project's answers, and explains why. Deterministic and stateless.</summary>
public sealed class FrameworkAdvisor
{
    private readonly IReadOnlyList<QuestionDefinition> questions;

    public FrameworkAdvisor()
        : this(KnowledgeBase.Questions)
    {
    }

    internal FrameworkAdvisor(IReadOnlyList<QuestionDefinition> questions) => this.questions = questions;

    public static FrameworkAdvisor Default { get; } = new();

    /// <summary>
    /// Only the framework <see cref="Recommend"/> would name, without the reasons, trade-offs and what-ifs
    /// that explain it (issue 16: remembering a verdict built the whole explanation a second time per turn).
    /// </summary>
    public Framework Winner(ProjectAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new Verdict(questions, answers).Winner;
    }

    /// <summary>
    /// The verdict for <paramref name="answers"/>. Unanswered questions (and "other" / "not sure")
    /// add no evidence; a stated familiarity decides a close call and nothing else; the dialog should still ask the required ones first
    /// (<see cref="KnowledgeBase.MissingRequired"/>).
    /// </summary>
    public Recommendation Recommend(ProjectAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var verdict = new Verdict(questions, answers);
        var flip = Counterfactuals.NearestFlip(verdict);
        var stepFlips = Counterfactuals.AnyStepFlips(verdict);
        var caution = Explanation.SecurityCaution(verdict);
        var confidence = verdict.IsCloseCall ? Confidence.CloseCall
            : verdict.Margin >= Verdict.StrongFrom && !stepFlips ? Confidence.Strong
            : Confidence.Moderate;
        return new Recommendation(
            verdict.Winner,
            verdict.RunnerUp,
            verdict.Margin,
            verdict.Scores(),
            Explanation.Reasons(verdict),
            Explanation.TradeOffs(verdict, caution),
            Explanation.CostsThatBite(verdict.RunnerUp, verdict),
            flip,
            confidence,
            Counterfactuals.DecidingQuestion(verdict, flip),
            FastApiNote.For(verdict),
            KnowledgeBase.Version)
        {
            TwoSided = verdict.TwoSided,
            FamiliarityNote = Explanation.FamiliarityNote(verdict),
            DecidedByFamiliarity = verdict.DecidedByFamiliarity,
            // A one-step change that flips only through familiarity is not named, and no "bigger change" is claimed.
            BiggerChange = flip is null && stepFlips ? null : Counterfactuals.BiggerChange(verdict, flip, confidence == Confidence.Strong),
            StepFlips = stepFlips,
            FamiliarityFlipText = flip is null && stepFlips ? Counterfactuals.FamiliarityFlip(verdict) : null,
            SecurityCaution = caution,
        };
    }
}
