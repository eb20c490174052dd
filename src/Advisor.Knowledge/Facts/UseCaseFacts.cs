namespace Advisor.Knowledge;

/// <summary>The kinds of project the seed assigns to each framework, and its overall verdict.</summary>
internal static class UseCaseFacts
{
    private const Framework Django = Framework.Django;
    private const Framework Flask = Framework.Flask;

    public static IReadOnlyList<Fact> All { get; } =
    [
        Fact.UseCase(
            FactIds.UseCaseCms, Django,
            "Django's admin panel and templating make it excel at custom content management systems.",
            "It includes a default administration panel, and templating, and thus excels at developing custom CMSs (e.g., Wagtail, Django CMS)."),
        Fact.UseCase(
            FactIds.UseCaseECommerce, Django,
            "Django's scalable, secure builds suit e-commerce platforms such as Etsy.",
            "With scalable and secure builds, Django is an appropriate tool to create an e-commerce platform (e.g., Etsy)."),
        Fact.UseCase(
            FactIds.UseCaseSocialNetwork, Django,
            "Django handles dynamic user-generated content and heavy traffic, as at Instagram and Pinterest.",
            "It is able to manage dynamic user-generated content and heavy volume of traffic (e.g., Instagram, Pinterest)."),
        Fact.UseCase(
            FactIds.UseCaseNewsPublishing, Django,
            "Django is strong at data-driven publishing; news sites like The Washington Post use it.",
            "Several news and publishing platforms are based on Django as it is strong in data-driven work (e.g., The Washington Post, The Guardian)."),
        Fact.UseCase(
            FactIds.UseCaseELearning, Django,
            "Django works well for e-learning platforms such as edX.",
            "Django can effectively be used in the creation of e-learning applications (edX)."),
        Fact.UseCase(
            FactIds.UseCaseDataDashboard, Django,
            "Django's database layer (ORM), admin and templates make data-driven dashboards and reports quick to build.",
            "Its ORM, admin and templating system is well-suited to enable quick data driven dashboards and reports customizations (e.g., NASA, Spotify)."),
        Fact.UseCase(
            FactIds.UseCaseSmallProjects, Flask,
            "Flask is the usual pick for smaller projects, quick prototypes and highly customised apps.",
            "Flask is commonly used when one is working on smaller projects, quick prototyping, and in cases whereby flexibility and customizable factors are more important."),
        // The seed heads this passage "Close APIs"; with the conclusion ("ideal in ... microservices
        // as well as APIs") we read it as Flask's API and microservice use case.
        Fact.UseCase(
            FactIds.UseCaseApi, Flask,
            "Flask APIs and microservices (small, separate services) carry little extra code and few external dependencies.",
            "This has no additional overhead of codes and functions as each function can establish a connection with other functions with minimum external dependency."),
        Fact.UseCase(
            FactIds.UseCasePrototype, Flask,
            "Start-ups use Flask to build prototypes and MVPs quickly.",
            "Another use of Flask is the rapid development of prototypes and Minimum Viable Products (MVPs) (e.g., by start-ups)."),
        Fact.UseCase(
            FactIds.UseCaseMlModelServing, Flask,
            "Data scientists wrap ML models in a lightweight Flask REST API to serve predictions.",
            "Data scientists tend to use Flask with Flask-RESTful in order to package their machine learning and AI models into a lightweight REST API to serve inference"),
        Fact.UseCase(
            FactIds.UseCaseInteractiveDashboard, Flask,
            "Dash and Plotly build on Flask for interactive, real-time data dashboards.",
            "Dash and Plotly are Flask-compatible libraries that may be used to build computer dashboards with real-time data visualisation."),
        // The seed's sentence has no subject; it closes the list of Flask uses, so it is Flask's.
        Fact.UseCase(
            FactIds.UseCaseStaticSite, Flask,
            "Flask is a good option for a static site.",
            "It is a good option in terms of creation of a static site."),
        Fact.UseCase(
            FactIds.UseCaseBeginners, Flask,
            "Flask is the lighter way into Python web development for newcomers.",
            "Flask is typically recommended as a lighter method of entry to Python, especially when one is new to the language"),
        Fact.Conclusion(
            FactIds.ConclusionDjango, Django,
            "Django best suits large, complex, secure applications that need built-in features and fast development.",
            "Django, as a batteries-included framework, is a complete framework that best suits large, complex and secure applications that need features that come built-in, and development that has to be fast."),
        Fact.Conclusion(
            FactIds.ConclusionFlask, Flask,
            "Flask suits small projects, MVPs, APIs and microservices (small, separate services) that need flexibility.",
            "Flask in contrast is a lightweight micro-framework that allows the maximum flexibility and control of an application and is thus ideal in smaller projects, MVPs, microservices as well as APIs when flexibility with customization is a requirement."),
    ];
}
