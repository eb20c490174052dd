namespace Advisor.Knowledge;

/// <summary>Things people ask about the frameworks that the source speaks to (issue 11).</summary>
public enum SourceTopic { About, Databases, Admin, Authentication, Security, Templating, DevServer, RestApis, Performance, Community, FastApi, Dashboards, StaticSites, Size, Architecture, Scalability, LearningCurve }

/// <summary>
/// Answers to questions about the frameworks, each built from the facts it rests on (their statements
/// verbatim), with a plain word where the source is silent on one side. Nothing here comes from outside the seed.
/// </summary>
public static class SourceTopics
{
    /// <summary>The one line for a question the source does not answer.</summary>
    public const string NotInTheSource = "The article doesn't cover that, so I can't answer it from there.";

    /// <summary>Ends the "what's the difference?" answer: before any question, it offers the interview; during it, the question follows.</summary>
    public const string Offer = "I can ask a few questions and recommend one for your project.";

    private static readonly Dictionary<SourceTopic, (string[] FactIds, string? Silence)> Topics = new()
    {
        [SourceTopic.About] = ([FactIds.ConclusionDjango, FactIds.ConclusionFlask], Offer),
        [SourceTopic.Databases] = ([FactIds.DjangoOrm, FactIds.FlaskManualEssentials, FactIds.FlaskSmallProjects], null),
        [SourceTopic.Admin] = ([FactIds.DjangoAuthAdmin, FactIds.UseCaseCms, FactIds.FlaskManualEssentials], null),
        [SourceTopic.Authentication] = ([FactIds.DjangoAuthAdmin, FactIds.DjangoSecurity, FactIds.FlaskSecurityDependency], null),
        [SourceTopic.Security] = ([FactIds.DjangoSecurity, FactIds.FlaskSecurityDependency], null),
        [SourceTopic.Templating] = ([FactIds.FlaskJinja2, FactIds.UseCaseCms], null),
        [SourceTopic.DevServer] = ([FactIds.FlaskDevServer], "The article says nothing about Django's development server."),
        [SourceTopic.RestApis] = ([FactIds.FlaskRestfulDispatching, FactIds.UseCaseApi, FactIds.DjangoNotForMicroservices], null),
        [SourceTopic.Performance] = ([FactIds.DjangoEndpointOverhead, FactIds.FlaskLightweight], "Beyond simple endpoints, the article gives no speed figures."),
        [SourceTopic.Community] = ([FactIds.DjangoMatureEcosystem, FactIds.DjangoLearningCurve], "The article says nothing about the size of Flask's community."),
        [SourceTopic.FastApi] = ([FactIds.DjangoEndpointOverhead], "That is the only place the article mentions FastAPI."),
        [SourceTopic.Dashboards] = ([FactIds.UseCaseInteractiveDashboard, FactIds.UseCaseDataDashboard], null),
        [SourceTopic.StaticSites] = ([FactIds.UseCaseStaticSite, FactIds.FlaskLightweight], null),
        [SourceTopic.Size] = ([FactIds.DjangoBulky, FactIds.FlaskSmallProjects, FactIds.DjangoScalability], null),
        [SourceTopic.Architecture] = ([FactIds.DjangoMvt, FactIds.FlaskModular], null),
        [SourceTopic.Scalability] = ([FactIds.DjangoScalability, FactIds.FlaskLessTooling], null),
        [SourceTopic.LearningCurve] = ([FactIds.DjangoLearningCurve, FactIds.FlaskSimpleToLearn], null),
    };

    /// <summary>The one line for something the source is silent on, named in the user's terms ("hosting", "async").</summary>
    public static string NotCovered(string subject) => $"The article doesn't cover {subject}, so I can't answer that from it.";

    /// <summary>
    /// How the size facts weigh on the user's own answer ("is Django overkill for us?"); <c>null</c> when
    /// the size is not known yet.
    /// </summary>
    public static string? ForSize(ProjectSize? size) => size switch
    {
        ProjectSize.Small => "Yours is a small project, so Django's bulk counts against it here: Flask's lighter design fits better.",
        ProjectSize.Medium => "Yours is a medium-sized project, where Django's built-in features start to pay off, so it is not overkill.",
        ProjectSize.Large => "Yours is a large project, which is what Django is built for.",
        _ => null,
    };

    /// <summary>The facts an answer rests on, in the order it states them.</summary>
    public static IReadOnlyList<string> FactsOf(SourceTopic topic) => Topics[topic].FactIds;

    /// <summary>The answer: "From the article:", each fact's statement, then what the article leaves out.</summary>
    public static string Answer(SourceTopic topic)
    {
        var (factIds, silence) = Topics[topic];
        var statements = factIds.Select(id => KnowledgeBase.Fact(id).Statement);
        return string.Join(' ', ["From the article:", .. statements, .. silence is null ? Array.Empty<string>() : [silence]]);
    }
}
