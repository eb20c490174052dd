namespace Advisor.Knowledge;

internal static class SizeQuestion
{
    public static QuestionDefinition Definition { get; } = new(
        Question.Size,
        isRequired: true,
        criterion: "Project size",
        prompt: "How big is the project? Roughly how many developers will work on it?",
        whyWeAsk: "Django's built-in tooling pays off as a project grows; Flask's lightness shines while it stays small.",
        counterfactualPrefix: "If it were",
        options:
        [
            Option(ProjectSize.Small, "a small project",
                ["small", "tiny", "side project", "just me", "solo", "a couple of developers"],
                Evidence.Flask(2, FactIds.FlaskSmallProjects,
                    "A small project is where Flask's minimal design fits best, and you choose only the libraries you need."),
                Evidence.Django(-1, FactIds.DjangoBulky,
                    "On a small project Django's bulk gets in the way: it is built for larger apps and can limit low-level customisation.")),
            Option(ProjectSize.Medium, "a medium-sized project",
                ["medium", "mid-sized", "medium-sized", "moderate", "a handful of developers"],
                Evidence.Django(2, FactIds.DjangoBatteriesIncluded,
                    "At medium size, Django's built-in caching, admin, sitemaps and authentication save each developer from rebuilding them."),
                Evidence.Flask(1, FactIds.FlaskModular,
                    "A medium-sized project can still grow Flask one extension at a time, with you deciding the architecture.")),
            Option(ProjectSize.Large, "a large project",
                ["large", "big", "huge", "enterprise", "many developers", "several teams"],
                Evidence.Django(3, FactIds.DjangoScalability,
                    "A large codebase needs the tooling Django has built in: it scales to big applications, databases and traffic."),
                Evidence.Flask(-1, FactIds.FlaskLessTooling,
                    "For a large project, Flask's thin built-in tooling is a real cost: the article advises against it for very large projects."),
                Evidence.Flask(-1, FactIds.FlaskInconsistentArchitecture,
                    "With many developers, Flask's freedom can drift into an inconsistent architecture that is hard to maintain.")),
        ]);

    private static AnswerOption Option(ProjectSize value, string label, string[] synonyms, params Evidence[] evidence) =>
        new(value, label, synonyms, evidence);
}
