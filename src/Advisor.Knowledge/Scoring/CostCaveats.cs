namespace Advisor.Knowledge;

/// <summary>
/// A framework cost shown as a trade-off although no answer made it bite: the sentence shown, and the
/// answers that rule it out (issue 11: no learning-curve warning to an experienced team, no ORM set-up
/// for a static site).
/// </summary>
internal sealed record CostCaveat(string FactId, string Text, string RuledOutWhen, Func<ProjectAnswers, bool> RuledOut);

internal static class CostCaveats
{
    public static IReadOnlyList<CostCaveat> All { get; } =
    [
        new(FactIds.DjangoBulky,
            "Expect Django's opinions to limit some low-level customisation: it is built for larger apps.",
            "a large project", a => a.Size == ProjectSize.Large),
        new(FactIds.DjangoLearningCurve,
            "Anyone new to Django faces a steep learning curve, though resources are plentiful.",
            "fairly or very experienced with Python web development", a => a.Experience is TeamExperience.Intermediate or TeamExperience.Experienced),
        new(FactIds.DjangoEndpointOverhead,
            "Simple endpoints run slower on Django than on Flask or FastAPI, because of its abstractions.",
            "a kind of project that is a whole site (not an API, model serving or other)", IsWholeSite),
        new(FactIds.DjangoNotForMicroservices,
            "Should this split into microservices or APIs later, Django is less modular and harder to extend for that.",
            "a kind of project that is a whole site (not an API, model serving or other)", IsWholeSite),
        new(FactIds.FlaskManualEssentials,
            "Any ORM, log-in or admin panel you need, you set up yourself in Flask, which slows a complex app.",
            "a static site", a => a.UseCase == UseCase.StaticSite),
        new(FactIds.FlaskSecurityDependency,
            "Security rests on your own practices: Flask has few built-in protections, so keep its extensions secure.",
            "a static site", a => a.UseCase == UseCase.StaticSite),
        new(FactIds.FlaskInconsistentArchitecture,
            "Should the project grow, Flask's freedom can drift into an inconsistent, hard-to-maintain architecture.",
            "a small project", a => a.Size == ProjectSize.Small),
        new(FactIds.FlaskLessTooling,
            "Flask has less built-in tooling than Django, which starts to tell if the project becomes very large.",
            "a small project", a => a.Size == ProjectSize.Small),
    ];

    public static CostCaveat For(string factId) => All.First(c => c.FactId == factId);

    /// <summary>A CMS, shop, site or dashboard: not made of the simple endpoints and services Django's API costs are about.</summary>
    private static bool IsWholeSite(ProjectAnswers answers) =>
        answers.UseCase is not (null or UseCase.Api or UseCase.MlModelServing or UseCase.Other);
}
