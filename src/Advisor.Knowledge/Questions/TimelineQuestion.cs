namespace Advisor.Knowledge;

internal static class TimelineQuestion
{
    // Weeks gives Django a point too: the seed calls Django fast to develop as well (batteries),
    // but it is Flask it ties to MVPs and time-to-market.
    public static QuestionDefinition Definition { get; } = new(
        Question.Timeline,
        isRequired: true,
        criterion: "Timeline",
        prompt: "When do you need the first release?",
        whyWeAsk: "A tight deadline favours Flask's quick MVPs; a long life favours Django's built-in features and mature ecosystem.",
        leadPrefix: "You have",
        counterfactualPrefix: "If you had",
        options:
        [
            Option(Timeline.Weeks, "a few weeks",
                ["weeks", "asap", "a month", "one month", "two weeks", "next month", "urgent"],
                Evidence.Flask(4, FactIds.FlaskRapidPrototyping),
                Evidence.Django(1, FactIds.DjangoRapidDevelopment)),
            Option(Timeline.Months, "a few months",
                ["months", "a quarter", "three months", "six months", "half a year"],
                Evidence.Django(2, FactIds.DjangoRapidDevelopment),
                Evidence.Flask(1, FactIds.FlaskModular)),
            Option(Timeline.LongTerm, "more than six months",
                ["long term", "long-term", "a year", "years", "ongoing", "no deadline"],
                Evidence.Django(2, FactIds.DjangoMatureEcosystem),
                Evidence.Flask(-1, FactIds.FlaskInconsistentArchitecture)),
        ]);

    private static AnswerOption Option(Timeline value, string label, string[] synonyms, params Evidence[] evidence) =>
        new(value, label, synonyms, evidence);
}
