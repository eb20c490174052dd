namespace Advisor.Knowledge;

internal static class ExperienceQuestion
{
    // The seed ties only beginners to a framework (Flask is easier to learn, Django's curve is
    // steep); it says nothing that separates intermediate from experienced teams, so those score
    // neutral.
    public static QuestionDefinition Definition { get; } = new(
        Question.Experience,
        isRequired: false,
        criterion: "Team experience",
        prompt: "How experienced is your team with Python web development?",
        whyWeAsk: "Flask is easier to learn; Django has more to learn because it has more built in.",
        leadPrefix: "You have",
        counterfactualPrefix: "If you had",
        options:
        [
            Option(TeamExperience.Beginner, "a team of beginners",
                ["beginner", "beginners", "new", "junior", "juniors", "first project", "learning"],
                Evidence.Flask(1, FactIds.FlaskSimpleToLearn),
                Evidence.Django(-1, FactIds.DjangoLearningCurve)),
            Option(TeamExperience.Intermediate, "an intermediate team",
                ["intermediate", "some experience", "mixed"]),
            Option(TeamExperience.Experienced, "an experienced team",
                ["experienced", "senior", "expert", "experts", "seasoned"]),
            new(TeamExperience.NotSure, "a team of unknown experience",
                ["not sure", "unsure", "don't know", "dont know", "no idea", "skip"], [], isUnsure: true),
        ]);

    private static AnswerOption Option(TeamExperience value, string label, string[] synonyms, params Evidence[] evidence) =>
        new(value, label, synonyms, evidence);
}
