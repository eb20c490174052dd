namespace Advisor.Knowledge;

/// <summary>
/// A framework cost that no answer made bite, shown as a trade-off only when the answers make it one that
/// can matter: the sentence shown, and when it applies (issue 11: no learning-curve warning to an experienced
/// team, no ORM set-up for a static site; no endpoint or microservice warning for a project that is not an API).
/// </summary>
internal sealed record CostCaveat(string FactId, string Text, string AppliesWhen, Func<ProjectAnswers, bool> Applies);

internal static class CostCaveats
{
    public static IReadOnlyList<CostCaveat> All { get; } =
    [
        new(FactIds.DjangoBulky,
            "Expect Django's opinions to limit some low-level customisation: it is built for larger apps.",
            "the project is not large", a => a.Size != ProjectSize.Large),
        new(FactIds.DjangoLearningCurve,
            "Anyone new to Django faces a steep learning curve, though resources are plentiful.",
            "the team's experience is not known to be fair or better", a => a.Experience is not (TeamExperience.Intermediate or TeamExperience.Experienced)),
        new(FactIds.DjangoEndpointOverhead,
            "Simple endpoints run slower on Django than on Flask or FastAPI, because of its abstractions.",
            "it is an API or model-serving API (made of simple endpoints)", IsService),
        new(FactIds.DjangoNotForMicroservices,
            "Should this split into microservices (small, separate services) later, Django is less modular and harder to extend for that.",
            "it is an API or model-serving API", IsService),
        new(FactIds.FlaskManualEssentials,
            "Any database layer (ORM), log-in or admin panel you need, you set up yourself in Flask, which slows a complex app.",
            "it is not a static site without log-ins", a => !(a.UseCase == UseCase.StaticSite && a.Security != SecurityNeeds.Elevated)),
        new(FactIds.FlaskSecurityDependency,
            "Security rests on your own practices: Flask has few built-in protections, so keep its extensions secure.",
            "the app holds log-ins, personal data or more", a => a.Security is SecurityNeeds.Elevated or SecurityNeeds.High),
        new(FactIds.FlaskInconsistentArchitecture,
            "Should the project grow, Flask's freedom can drift into an inconsistent, hard-to-maintain architecture.",
            "the project is not small", a => a.Size != ProjectSize.Small),
        new(FactIds.FlaskLessTooling,
            "Flask has less built-in tooling than Django, which starts to tell on a very large project.",
            "the project is large and not a single service", a => a.Size == ProjectSize.Large && !IsService(a)),
    ];

    public static CostCaveat For(string factId) => All.First(c => c.FactId == factId);

    /// <summary>An API or model serving: made of the simple endpoints and services Django's API costs are about.</summary>
    private static bool IsService(ProjectAnswers answers) => answers.UseCase is UseCase.Api or UseCase.MlModelServing;
}
