namespace Advisor.Knowledge;

internal static class UseCaseQuestion
{
    // Each use case weighs as much as a strong size answer: the seed names these as the
    // projects each framework is known for. Api and model serving split their weight between
    // Flask's side (the use case, plus URL and HTTP-method dispatch for APIs) and Django's cost.
    private const int UseCaseWeight = 4;

    public static QuestionDefinition Definition { get; } = new(
        Question.UseCase,
        isRequired: false,
        criterion: "What you're building",
        prompt: "What are you building: a CMS, an online shop, an API, a prototype, or something else?",
        whyWeAsk: "Each framework is known for certain kinds of project, from CMSs and shops to APIs and MVPs.",
        leadPrefix: "You're building",
        counterfactualPrefix: "If you were building",
        options:
        [
            Django(UseCase.Cms, "a CMS", FactIds.UseCaseCms,
                ["cms", "content management", "content site", "wagtail", "blog platform"]),
            Django(UseCase.ECommerce, "an e-commerce platform", FactIds.UseCaseECommerce,
                ["e-commerce", "ecommerce", "online shop", "shop", "store", "marketplace"]),
            Django(UseCase.SocialNetwork, "a social network", FactIds.UseCaseSocialNetwork,
                ["social network", "social media", "community site", "forum"]),
            Django(UseCase.NewsPublishing, "a news or publishing site", FactIds.UseCaseNewsPublishing,
                ["news", "publishing", "magazine", "newspaper"]),
            Django(UseCase.ELearning, "an e-learning platform", FactIds.UseCaseELearning,
                ["e-learning", "elearning", "online courses", "lms", "learning platform"]),
            Django(UseCase.DataDashboard, "a data-driven dashboard", FactIds.UseCaseDataDashboard,
                ["reporting", "reports", "analytics", "admin dashboard", "data dashboard"]),
            Option(UseCase.Api, "an API or microservice",
                ["api", "rest api", "microservice", "microservices", "backend service"],
                Evidence.Flask(UseCaseWeight / 4, FactIds.UseCaseApi),
                Evidence.Flask(UseCaseWeight / 4, FactIds.FlaskRestfulDispatching),
                Evidence.Django(-UseCaseWeight / 2, FactIds.DjangoNotForMicroservices)),
            Option(UseCase.MlModelServing, "an ML model-serving API",
                ["machine learning", "ml model", "model serving", "inference", "ai model"],
                Evidence.Flask(UseCaseWeight / 2, FactIds.UseCaseMlModelServing),
                Evidence.Django(-UseCaseWeight / 2, FactIds.DjangoEndpointOverhead)),
            Flask(UseCase.InteractiveDashboard, "an interactive dashboard", FactIds.UseCaseInteractiveDashboard,
                ["dash", "plotly", "real-time dashboard", "data visualisation", "data visualization"]),
            Flask(UseCase.StaticSite, "a static site", FactIds.UseCaseStaticSite,
                ["static site", "static website", "landing page", "brochure site"]),
            Flask(UseCase.Prototype, "a prototype or MVP", FactIds.UseCasePrototype,
                ["prototype", "mvp", "proof of concept", "poc", "demo"]),
            new(UseCase.Other, "another kind of project",
                ["other", "something else", "none of these"], [], isUnsure: true),
        ]);

    private static AnswerOption Django(UseCase value, string label, string factId, string[] synonyms) =>
        Option(value, label, synonyms, Evidence.Django(UseCaseWeight, factId));

    private static AnswerOption Flask(UseCase value, string label, string factId, string[] synonyms) =>
        Option(value, label, synonyms, Evidence.Flask(UseCaseWeight, factId));

    private static AnswerOption Option(UseCase value, string label, string[] synonyms, params Evidence[] evidence) =>
        new(value, label, synonyms, evidence);
}
