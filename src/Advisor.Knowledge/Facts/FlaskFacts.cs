namespace Advisor.Knowledge;

/// <summary>Flask's strengths and costs. Each passage is quoted exactly from the seed.</summary>
internal static class FlaskFacts
{
    private const Framework Flask = Framework.Flask;

    public static IReadOnlyList<Fact> All { get; } =
    [
        Fact.Strength(
            FactIds.FlaskLightweight, Flask,
            "Flask gives you only what you need, so the app stays lean.",
            "Flask offers only what is necessary on a web development platform thus the programmer avoids getting bloated."),
        Fact.Strength(
            FactIds.FlaskModular, Flask,
            "Flask grows through the libraries and extensions you pick, and you decide the architecture.",
            "it can combine other libraries and extensions to make applications grow. It is controlled by the developers that determine application architecture, libraries and extensions."),
        Fact.Strength(
            FactIds.FlaskJinja2, Flask,
            "Flask renders dynamic HTML with Jinja2, an efficient and flexible template engine.",
            "rendered dynamic HTML using Jinja2 templates, a highly efficient and flexible"),
        Fact.Strength(
            FactIds.FlaskDevServer, Flask,
            "Flask has a development server and debugger built in.",
            "Flask has a built in development server and debugging."),
        Fact.Strength(
            FactIds.FlaskRestfulDispatching, Flask,
            "Flask maps URLs and HTTP methods cleanly, which makes APIs straightforward.",
            "It helps create APIs with sensible URL mapping and allows using HTTP methods."),
        Fact.Strength(
            FactIds.FlaskSmallProjects, Flask,
            "Flask's minimal design suits smaller projects and leaves the choice of libraries to you.",
            "Flask has a minimalistic design, which makes it suitable to use in smaller projects and offers considerable project organization to the developer and the discretion of the libraries to be used."),
        Fact.Strength(
            FactIds.FlaskRapidPrototyping, Flask,
            "Flask gets an MVP out faster, which matters most when time-to-market comes first.",
            "The simple tool can be used to create a MVP faster, and this is effective when time-to-market is the most important factor."),
        Fact.Strength(
            FactIds.FlaskSimpleToLearn, Flask,
            "Flask is simple by design and easy to learn for newcomers to Python web development.",
            "Flask is designed to be simple which makes it easy to learn, mainly to the Python web development beginners."),
        Fact.Cost(
            FactIds.FlaskManualEssentials, Flask,
            "With Flask you set up the database layer (ORM), log-in and admin panel yourself, which can slow a complex app down.",
            "Flask needs to be set up manually to include features such as ORM, authentication and admin panels that have been integrated in Django."),
        Fact.Cost(
            FactIds.FlaskSecurityDependency, Flask,
            "Flask has few built-in security features, so safety rests on your practices and on keeping extensions secure.",
            "Flask offers few security features in-built such as client-side cookies and developers must adopt best security practices and make sure the middleware being used in Flask stays secure."),
        Fact.Cost(
            FactIds.FlaskInconsistentArchitecture, Flask,
            "Flask's freedom can lead to inconsistent architecture that is hard to maintain as a project grows.",
            "The fact that it is flexible has the advantage that inconsistent architectural designs occasionally occur which can cause anything to be maintainable in large projects."),
        Fact.Cost(
            FactIds.FlaskLessTooling, Flask,
            "Flask has less built-in tooling than Django, so it is not advised for very large projects.",
            "Flask does not have a lot of built-in tooling as Django does, which makes it not advisable to use Flask in very large projects."),
    ];
}
