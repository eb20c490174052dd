namespace Advisor.Knowledge;

internal static class TimelineQuestion
{
    // Timeline answers speak to speed to a first release (and, past six months, to upkeep). Weeks gives
    // Django a point too: the seed calls Django fast to develop as well (batteries), but it is Flask it
    // ties to MVPs and time-to-market. Months and more: the seed's speed claim for Django is about whole
    // applications, and Flask's freedom costs more the longer a codebase lives.
    public static QuestionDefinition Definition { get; } = new(
        Question.Timeline,
        isRequired: true,
        criterion: "Timeline",
        prompt: "When do you need the first release?",
        whyWeAsk: "A tight deadline favours Flask's quick MVPs; a long life favours Django's built-in features and mature ecosystem.",
        counterfactualPrefix: "If you had",
        options:
        [
            Option(Timeline.Weeks, "a few weeks",
                ["weeks", "asap", "a month", "one month", "two weeks", "next month", "urgent"],
                Evidence.Flask(4, FactIds.FlaskRapidPrototyping,
                    "With only a few weeks, time-to-market comes first, and that is when Flask gets a first version out faster."),
                Evidence.Django(1, FactIds.DjangoRapidDevelopment,
                    "A few weeks is also enough for Django when its built-in features cover most of what you need.")),
            // "one to six months", as its button says: testers with six weeks objected to "a few months".
            Option(Timeline.Months, "one to six months",
                ["months", "a few months", "a quarter", "three months", "six months", "half a year", "1-6 months", "one to six months"],
                Evidence.Django(2, FactIds.DjangoRapidDevelopment,
                    "One to six months is room to build a whole application, which Django's built-in features speed up."),
                Evidence.Flask(1, FactIds.FlaskRapidPrototyping,
                    "One to six months still rewards a quick start, and Flask gets a first version out fast.")),
            Option(Timeline.LongTerm, "more than six months",
                ["long term", "long-term", "a year", "years", "ongoing", "no deadline"],
                Evidence.Django(2, FactIds.DjangoMvt,
                    "With more than six months of work ahead, structure pays: Django's Model-View-Template design, which keeps data, logic and pages apart, favours reuse and growth."),
                Evidence.Flask(-1, FactIds.FlaskInconsistentArchitecture,
                    "Work that runs past six months gives Flask's freedom time to drift into an architecture that is hard to maintain.")),
        ]);

    private static AnswerOption Option(Timeline value, string label, string[] synonyms, params Evidence[] evidence) =>
        new(value, label, synonyms, evidence);
}
