namespace Advisor.Knowledge;

/// <summary>Things people ask about the frameworks that the source speaks to (issue 11).</summary>
public enum SourceTopic { About, Databases, Admin, Authentication, Templating, DevServer, RestApis, Performance, Community, FastApi, Dashboards, StaticSites }

/// <summary>
/// Answers to questions about the frameworks, each built from the facts it rests on (their statements
/// verbatim), with a plain word where the source is silent on one side. Nothing here comes from outside the seed.
/// </summary>
public static class SourceTopics
{
    /// <summary>The one line for a question the source does not answer.</summary>
    public const string NotInTheSource = "The article doesn't cover that, so I can't answer it from there.";

    private static readonly Dictionary<SourceTopic, (string[] FactIds, string? Silence)> Topics = new()
    {
        [SourceTopic.About] = ([FactIds.DjangoBatteriesIncluded, FactIds.FlaskLightweight, FactIds.ConclusionDjango, FactIds.ConclusionFlask], null),
        [SourceTopic.Databases] = ([FactIds.DjangoOrm, FactIds.FlaskManualEssentials, FactIds.FlaskSmallProjects], null),
        [SourceTopic.Admin] = ([FactIds.DjangoAuthAdmin, FactIds.UseCaseCms, FactIds.FlaskManualEssentials], null),
        [SourceTopic.Authentication] = ([FactIds.DjangoAuthAdmin, FactIds.DjangoSecurity, FactIds.FlaskSecurityDependency], null),
        [SourceTopic.Templating] = ([FactIds.FlaskJinja2, FactIds.UseCaseCms], null),
        [SourceTopic.DevServer] = ([FactIds.FlaskDevServer], "The article says nothing about Django's development server."),
        [SourceTopic.RestApis] = ([FactIds.FlaskRestfulDispatching, FactIds.UseCaseApi, FactIds.DjangoNotForMicroservices], null),
        [SourceTopic.Performance] = ([FactIds.DjangoEndpointOverhead, FactIds.FlaskLightweight], "Beyond simple endpoints, the article gives no speed figures."),
        [SourceTopic.Community] = ([FactIds.DjangoMatureEcosystem, FactIds.DjangoLearningCurve], "The article says nothing about the size of Flask's community."),
        [SourceTopic.FastApi] = ([FactIds.DjangoEndpointOverhead], "That is the only place the article mentions FastAPI."),
        [SourceTopic.Dashboards] = ([FactIds.UseCaseInteractiveDashboard, FactIds.UseCaseDataDashboard], null),
        [SourceTopic.StaticSites] = ([FactIds.UseCaseStaticSite, FactIds.FlaskLightweight], null),
    };

    /// <summary>The facts an answer rests on, in the order it states them.</summary>
    public static IReadOnlyList<string> FactsOf(SourceTopic topic) => Topics[topic].FactIds;

    /// <summary>The answer: "From my source:", each fact's statement, then what the source leaves out.</summary>
    public static string Answer(SourceTopic topic)
    {
        var (factIds, silence) = Topics[topic];
        var statements = factIds.Select(id => KnowledgeBase.Fact(id).Statement);
        return string.Join(' ', ["From the article:", .. statements, .. silence is null ? Array.Empty<string>() : [silence]]);
    }
}
