namespace Advisor.Knowledge;

/// <summary>Django's strengths and costs. Each passage is quoted exactly from the seed.</summary>
internal static class DjangoFacts
{
    private const Framework Django = Framework.Django;

    public static IReadOnlyList<Fact> All { get; } =
    [
        Fact.Strength(
            FactIds.DjangoBatteriesIncluded, Django,
            "Django comes with caching, a content admin, sitemaps, RSS feeds and authentication built in.",
            "Django has a lot of nice things included in the base distribution including a caching framework, content administration, site maps, RSS and authentication."),
        Fact.Strength(
            FactIds.DjangoOrm, Django,
            "Django's database layer (ORM) reaches SQLite, PostgreSQL, MySQL, MariaDB and Oracle from Python, easing migrations.",
            "Django offers a strong ORM where the developer can communicate with the databases such as SQLite, PostgreSQL, MySQL, MariaDB, and Oracle using Python code, thereby easing the process of handling and migrating databases."),
        Fact.Strength(
            FactIds.DjangoMvt, Django,
            "Django's Model-View-Template design keeps data, logic and pages apart, for reuse, scale and security.",
            "Django adheres to an MVT architecture where reusability, scalability and security are favored."),
        Fact.Strength(
            FactIds.DjangoAuthAdmin, Django,
            "Django has log-in, permissions and sessions built in, plus an admin interface generated from your models.",
            "It provides built-in user authentication, permission system with inbuilt session management and also creates an automated admin interface to specific models."),
        Fact.Strength(
            FactIds.DjangoSecurity, Django,
            "Django ships protection against common web attacks (SQL injection, XSS, CSRF, clickjacking).",
            "Django comes with layers of compulsory protection against common attacks such as SQL injection, cross site scripting (XSS), cross site request forgery (CSRF), and clickjacking."),
        Fact.Strength(
            FactIds.DjangoRapidDevelopment, Django,
            "Django's built-in features let you build a lot of the application quickly.",
            "The batteries-included philosophy of Django allows you to do a lot of application development much more quickly with built in features to core aspects."),
        Fact.Strength(
            FactIds.DjangoScalability, Django,
            "Django scales to large applications with big databases and heavy traffic.",
            "Django offers a scalable framework that is appropriate in giant, built-in applications such as CMS and e-commerce app programs, with functionalities of handling big databases and traffic."),
        Fact.Strength(
            FactIds.DjangoMatureEcosystem, Django,
            "Django has a big, active community, thorough documentation and many third-party packages.",
            "Django has a big and active community, lots of well-documented references, and third-party packages."),
        Fact.Cost(
            FactIds.DjangoBulky, Django,
            "Django is bulky and opinionated, built for larger apps, and can limit low-level customisation.",
            "It is overengineered to suit larger applications; also because of its opinionated design it may limit some low-level customization."),
        Fact.Cost(
            FactIds.DjangoLearningCurve, Django,
            "Django has many features to learn, so expect a steep learning curve (resources are plentiful).",
            "the steep learning curve exists due to the many features which are provided compared to the number provided by Flask but many resources abound."),
        // The seed compares Django with "Flask or FastAPI" here: the only place FastAPI appears,
        // so it is the sole basis of the FastAPI note (see Notes.FastApi).
        Fact.Cost(
            FactIds.DjangoEndpointOverhead, Django,
            "Django's abstractions add overhead, so simple endpoints are slower than on Flask or FastAPI.",
            "The abstract nature of Django can be a source of performance overhead and in general is slower at simple endpoints as compared to Flask or FastAPI.")
            with { Favours = [Framework.Flask] },
        // Interpretation: the scraped seed lists "Unsuitable for Microservices and APIs" between
        // Flask headings, but it sits in Django's list of disadvantages and the conclusion says
        // Flask is ideal for microservices and APIs, so we read it as a cost of Django.
        Fact.Cost(
            FactIds.DjangoNotForMicroservices, Django,
            "Django is not the best fit for APIs or microservices (small, separate services): it is less modular and extensible.",
            "It is not the best way to develop Microservices, nor APIs as it is not very modular and easy to extend."),
    ];
}
