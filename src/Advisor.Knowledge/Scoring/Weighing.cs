namespace Advisor.Knowledge;

/// <summary>One question with the chosen option and the evidence it counts for, given the other answers.</summary>
internal sealed record Weighed(QuestionDefinition Question, AnswerOption? Answer, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Django's points minus Flask's points from this answer.</summary>
    public int DjangoMargin => Evidence.Sum(e => e.Framework == Framework.Django ? e.Points : -e.Points);
}

/// <summary>
/// The places where an answer counts differently because of another answer. An API or microservice
/// is weighed by the service, not the organisation around it: the seed's warning about Flask is for
/// "very large projects", while it calls Django unsuited to microservices and Flask ideal for them.
/// So a large project that is an API counts like a medium-sized one (issue 11: a few people building one
/// service inside a large organisation get Flask). And a few weeks counts less for Flask when the team is
/// experienced: the seed ties Flask's speed to its simplicity ("simple tool", "easy to learn") and Django's
/// slowness to its learning curve, while it calls Django fast for a team that can use its built-in features.
/// </summary>
internal static class Weighing
{
    public const string ServiceRule = "A large project that is an API, microservice or model-serving API counts like a medium-sized one: "
        + "each service is built by a few people, and Flask's tooling warning is for very large projects.";

    public const string ExperiencedTeamRule = "A few weeks with a fairly or very experienced team leans Flask only slightly: "
        + "Flask's speed comes from being simple to learn, and a team past Django's learning curve gets its built-in features' speed too.";

    private static readonly IReadOnlyList<Evidence> FewWeeksForExperiencedTeam =
    [
        Evidence.Flask(2, FactIds.FlaskRapidPrototyping,
            "With only a few weeks, time-to-market comes first, and Flask still gets a first version out a little faster."),
        Evidence.Django(1, FactIds.DjangoRapidDevelopment,
            "A team that knows its way around Python web development is past Django's learning curve, so its built-in features speed up a few weeks' work too."),
    ];

    private static readonly IReadOnlyList<Evidence> LargeOrganisationService =
    [
        Evidence.Django(2, FactIds.DjangoBatteriesIncluded,
            "Even one service in a large organisation benefits from Django's built-in caching, admin and authentication."),
        Evidence.Flask(1, FactIds.FlaskModular,
            "One service inside a large organisation is a few people's work, and Flask lets it grow one extension at a time."),
    ];

    public static Weighed Weigh(QuestionDefinition question, ProjectAnswers answers)
    {
        var option = question.Selected(answers);
        var evidence = IsServiceInLargeOrganisation(option, answers) ? LargeOrganisationService
            : IsFewWeeksForExperiencedTeam(option, answers) ? FewWeeksForExperiencedTeam
            : option?.Evidence ?? [];
        return new Weighed(question, option, evidence);
    }

    private static bool IsFewWeeksForExperiencedTeam(AnswerOption? option, ProjectAnswers answers) =>
        option?.Answer is TimelineAnswer { Value: Timeline.Weeks } && answers.Experience is TeamExperience.Intermediate or TeamExperience.Experienced;

    private static bool IsServiceInLargeOrganisation(AnswerOption? option, ProjectAnswers answers) =>
        option?.Answer is SizeAnswer { Value: ProjectSize.Large } && answers.UseCase is UseCase.Api or UseCase.MlModelServing;
}
