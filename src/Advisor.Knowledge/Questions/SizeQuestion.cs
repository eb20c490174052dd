namespace Advisor.Knowledge;

internal static class SizeQuestion
{
    public static QuestionDefinition Definition { get; } = new(
        Question.Size,
        isRequired: true,
        criterion: "Project size",
        prompt: "How big is the project? Roughly how many developers will work on it?",
        whyWeAsk: "Django's built-in tooling pays off as a project grows; Flask's lightness shines while it stays small.",
        leadPrefix: "You're planning",
        counterfactualPrefix: "If it were",
        options:
        [
            Option(ProjectSize.Small, "a small project",
                ["small", "tiny", "side project", "just me", "solo", "a couple of developers"],
                Evidence.Flask(2, FactIds.FlaskSmallProjects),
                Evidence.Django(-1, FactIds.DjangoBulky)),
            Option(ProjectSize.Medium, "a medium-sized project",
                ["medium", "mid-sized", "medium-sized", "moderate", "a handful of developers"],
                Evidence.Django(2, FactIds.DjangoBatteriesIncluded),
                Evidence.Flask(1, FactIds.FlaskModular)),
            Option(ProjectSize.Large, "a large project",
                ["large", "big", "huge", "enterprise", "many developers", "several teams"],
                Evidence.Django(3, FactIds.DjangoScalability),
                Evidence.Flask(-1, FactIds.FlaskLessTooling),
                Evidence.Flask(-1, FactIds.FlaskInconsistentArchitecture)),
        ]);

    private static AnswerOption Option(ProjectSize value, string label, string[] synonyms, params Evidence[] evidence) =>
        new(value, label, synonyms, evidence);
}
