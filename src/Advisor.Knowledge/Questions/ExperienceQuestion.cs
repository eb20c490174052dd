namespace Advisor.Knowledge;

internal static class ExperienceQuestion
{
    // The seed ties only beginners to a framework, and says it three ways (Flask is "typically
    // recommended as a lighter method of entry", "easy to learn, mainly to the Python web development
    // beginners"; Django's "steep learning curve"), so a beginner weighs as much as a timeline of
    // months does. It says nothing that separates intermediate from experienced teams: those score neutral.
    public static QuestionDefinition Definition { get; } = new(
        Question.Experience,
        isRequired: false,
        criterion: "Team experience",
        prompt: "How experienced are you, or your team, with Python web development?",
        whyWeAsk: "Flask is easier to learn; Django has more to learn because it has more built in.",
        counterfactualPrefix: "If you were",
        options:
        [
            Option(TeamExperience.Beginner, "new to Python web development",
                ["beginner", "beginners", "new", "junior", "juniors", "first project", "learning"],
                Evidence.Flask(2, FactIds.UseCaseBeginners,
                    "Being new to Python web development points to Flask, which the article calls the lighter way in for newcomers."),
                Evidence.Django(-2, FactIds.DjangoLearningCurve,
                    "Coming to it new, you would face Django's steep learning curve: it has many features to learn.")),
            Option(TeamExperience.Intermediate, "fairly experienced with Python web development",
                ["intermediate", "some experience", "mixed"]),
            Option(TeamExperience.Experienced, "experienced with Python web development",
                ["experienced", "senior", "expert", "experts", "seasoned"]),
            new(TeamExperience.NotSure, "experience not given",
                ["not sure", "unsure", "don't know", "dont know", "no idea", "skip"], [], isUnsure: true),
        ]);

    private static AnswerOption Option(TeamExperience value, string label, string[] synonyms, params Evidence[] evidence) =>
        new(value, label, synonyms, evidence);
}
