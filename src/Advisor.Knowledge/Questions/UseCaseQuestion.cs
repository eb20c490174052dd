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
        counterfactualPrefix: "If you were building",
        options:
        [
            Django(UseCase.Cms, "a CMS", FactIds.UseCaseCms,
                ["cms", "content management", "content site", "wagtail", "blog platform"],
                "A custom CMS is what the article says Django excels at, with its admin panel and templating."),
            Django(UseCase.ECommerce, "an e-commerce platform", FactIds.UseCaseECommerce,
                ["e-commerce", "ecommerce", "online shop", "shop", "store", "marketplace"],
                "An online shop is one of Django's named uses: its scalable, secure builds suit e-commerce, as at Etsy."),
            Django(UseCase.SocialNetwork, "a social network", FactIds.UseCaseSocialNetwork,
                ["social network", "social media", "community site", "forum"],
                "A social network lives on user-generated content and traffic spikes, which Django handles at Instagram and Pinterest."),
            Django(UseCase.NewsPublishing, "a news or publishing site", FactIds.UseCaseNewsPublishing,
                ["news", "publishing", "magazine", "newspaper"],
                "Publishing is data-driven work, Django's strength; The Washington Post and The Guardian run on it."),
            Django(UseCase.ELearning, "an e-learning platform", FactIds.UseCaseELearning,
                ["e-learning", "elearning", "online courses", "lms", "learning platform"],
                "E-learning is a use the article names for Django, as at edX."),
            Django(UseCase.DataDashboard, "a data-driven dashboard", FactIds.UseCaseDataDashboard,
                ["reporting", "reports", "analytics", "admin dashboard", "data dashboard"],
                "Reports and data dashboards come quickly from Django's database layer (ORM), admin and templates, as at NASA and Spotify."),
            Option(UseCase.Api, "an API or microservice",
                ["api", "rest api", "microservice", "microservices", "backend service"],
                Evidence.Flask(UseCaseWeight / 4, FactIds.UseCaseApi,
                    "An API or microservice is Flask territory: little extra code and few external dependencies."),
                Evidence.Flask(UseCaseWeight / 4, FactIds.FlaskRestfulDispatching,
                    "For an API, Flask's URL mapping and HTTP-method handling keep the endpoints straightforward."),
                Evidence.Django(-UseCaseWeight / 2, FactIds.DjangoNotForMicroservices,
                    "For an API or microservice, Django is the weaker fit: the article calls it not very modular or easy to extend for that.")),
            Option(UseCase.MlModelServing, "an ML model-serving API",
                ["machine learning", "ml model", "model serving", "inference", "ai model"],
                Evidence.Flask(UseCaseWeight / 2, FactIds.UseCaseMlModelServing,
                    "Serving a model is the article's own Flask example: data scientists wrap models in a lightweight Flask REST API."),
                Evidence.Django(-UseCaseWeight / 2, FactIds.DjangoEndpointOverhead,
                    "A model behind simple endpoints pays for Django's overhead: it is slower there than Flask or FastAPI.")),
            Flask(UseCase.InteractiveDashboard, "an interactive dashboard", FactIds.UseCaseInteractiveDashboard,
                ["dash", "plotly", "real-time dashboard", "data visualisation", "data visualization"],
                "An interactive dashboard can use Dash and Plotly, which build on Flask for real-time charts."),
            Flask(UseCase.StaticSite, "a static site", FactIds.UseCaseStaticSite,
                ["static site", "static website", "landing page", "brochure site"],
                "A static site needs none of Django's machinery, and the article calls Flask a good option for one."),
            Flask(UseCase.Prototype, "a prototype or MVP", FactIds.UseCasePrototype,
                ["prototype", "mvp", "proof of concept", "poc", "demo"],
                "A prototype or MVP is what start-ups build quickly with Flask, in the article's words."),
            new(UseCase.Other, "another kind of project",
                ["other", "something else", "none of these"], [], isUnsure: true),
        ]);

    private static AnswerOption Django(UseCase value, string label, string factId, string[] synonyms, string because) =>
        Option(value, label, synonyms, Evidence.Django(UseCaseWeight, factId, because));

    private static AnswerOption Flask(UseCase value, string label, string factId, string[] synonyms, string because) =>
        Option(value, label, synonyms, Evidence.Flask(UseCaseWeight, factId, because));

    private static AnswerOption Option(UseCase value, string label, string[] synonyms, params Evidence[] evidence) =>
        new(value, label, synonyms, evidence);
}
