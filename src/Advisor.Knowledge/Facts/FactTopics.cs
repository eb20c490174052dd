namespace Advisor.Knowledge;

/// <summary>
/// Which questions each fact speaks to: a fact may back an answer's evidence (and so a reason or a
/// trade-off) only for these. Timeline facts are about speed to a first release or upkeep over time;
/// size facts about tooling and structure as a codebase grows; security facts about built-in
/// protection; use-case facts are the seed's statements about kinds of project; experience facts about
/// learning. Facts with no topic (the ORM, Jinja2, the dev server...) answer questions, not answers.
/// </summary>
public static class FactTopics
{
    private static readonly Dictionary<string, Question[]> Topics = new(StringComparer.Ordinal)
    {
        [FactIds.DjangoBatteriesIncluded] = [Question.Size],
        [FactIds.DjangoMvt] = [Question.Size, Question.Timeline],
        [FactIds.DjangoAuthAdmin] = [Question.Security],
        [FactIds.DjangoSecurity] = [Question.Security],
        [FactIds.DjangoRapidDevelopment] = [Question.Timeline],
        [FactIds.DjangoScalability] = [Question.Size],
        [FactIds.DjangoBulky] = [Question.Size],
        [FactIds.DjangoLearningCurve] = [Question.Experience],
        [FactIds.DjangoEndpointOverhead] = [Question.UseCase],
        [FactIds.DjangoNotForMicroservices] = [Question.UseCase],
        [FactIds.FlaskLightweight] = [Question.Size, Question.Security],
        [FactIds.FlaskModular] = [Question.Size],
        [FactIds.FlaskRestfulDispatching] = [Question.UseCase],
        [FactIds.FlaskSmallProjects] = [Question.Size],
        [FactIds.FlaskRapidPrototyping] = [Question.Timeline],
        [FactIds.FlaskSimpleToLearn] = [Question.Experience],
        [FactIds.FlaskManualEssentials] = [Question.Security, Question.Size],
        [FactIds.FlaskSecurityDependency] = [Question.Security],
        [FactIds.FlaskInconsistentArchitecture] = [Question.Size, Question.Timeline],
        [FactIds.FlaskLessTooling] = [Question.Size],
        [FactIds.UseCaseSmallProjects] = [Question.Size],
        [FactIds.UseCaseBeginners] = [Question.Experience],
    };

    /// <summary>The questions <paramref name="fact"/> speaks to; every use-case fact speaks to "what you're building".</summary>
    public static IReadOnlyList<Question> Of(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Topics.TryGetValue(fact.Id, out var topics) ? topics
            : fact.Kind == FactKind.UseCase ? [Question.UseCase]
            : [];
    }

    /// <summary>True when <paramref name="factId"/> may back evidence for an answer to <paramref name="question"/>.</summary>
    public static bool SpeaksTo(string factId, Question question) => Of(KnowledgeBase.Fact(factId)).Contains(question);
}
