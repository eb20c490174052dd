namespace Advisor.Knowledge;

internal static class SecurityQuestion
{
    public static QuestionDefinition Definition { get; } = new(
        Question.Security,
        isRequired: true,
        criterion: "Security",
        prompt: "How sensitive is what the app handles: public content, user log-ins and personal data, or payments and health data?",
        whyWeAsk: "Django ships log-in and attack protection out of the box; with Flask, security depends on the extensions you add and the care you take.",
        leadPrefix: "You need",
        counterfactualPrefix: "If you needed",
        options:
        [
            Option(SecurityNeeds.Standard, "standard security",
                ["standard", "low", "basic", "normal", "internal tool", "public content", "nothing sensitive"],
                Evidence.Flask(1, FactIds.FlaskLightweight)),
            Option(SecurityNeeds.Elevated, "personal-data security",
                ["elevated", "elevated security", "medium", "log-ins", "logins", "user accounts", "personal data"],
                Evidence.Django(2, FactIds.DjangoAuthAdmin),
                Evidence.Flask(-1, FactIds.FlaskManualEssentials)),
            Option(SecurityNeeds.High, "high security",
                ["high", "payments", "health data", "compliance", "sensitive", "critical", "banking"],
                Evidence.Django(3, FactIds.DjangoSecurity),
                Evidence.Flask(-2, FactIds.FlaskSecurityDependency)),
        ]);

    private static AnswerOption Option(SecurityNeeds value, string label, string[] synonyms, params Evidence[] evidence) =>
        new(value, label, synonyms, evidence);
}
