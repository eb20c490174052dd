namespace Advisor.Knowledge;

internal static class SecurityQuestion
{
    public static QuestionDefinition Definition { get; } = new(
        Question.Security,
        isRequired: true,
        criterion: "Security",
        prompt: "How sensitive is what the app handles: public content, user log-ins and personal data, or payments and health data?",
        whyWeAsk: "Django ships log-in and attack protection out of the box; with Flask, security depends on the extensions you add and the care you take.",
        counterfactualPrefix: "If you needed",
        options:
        [
            Option(SecurityNeeds.Standard, "standard security",
                ["standard", "low", "basic", "normal", "internal tool", "public content", "nothing sensitive"],
                Evidence.Flask(1, FactIds.FlaskLightweight,
                    "With nothing sensitive to guard, Django's security layers are not needed, and Flask keeps the app to what is necessary.")),
            Option(SecurityNeeds.Elevated, "personal-data security",
                ["elevated", "elevated security", "medium", "log-ins", "logins", "user accounts", "personal data"],
                Evidence.Django(2, FactIds.DjangoAuthAdmin,
                    "User log-ins and personal data call for Django's built-in authentication, permissions and sessions."),
                Evidence.Flask(-1, FactIds.FlaskManualEssentials,
                    "Log-ins and personal data mean setting up authentication yourself in Flask, which Django has built in.")),
            Option(SecurityNeeds.High, "high security",
                ["high", "payments", "health data", "compliance", "sensitive", "critical", "banking"],
                Evidence.Django(3, FactIds.DjangoSecurity,
                    "Sensitive data like this needs strong protection, and Django builds in defences against common web attacks (SQL injection, XSS, CSRF, clickjacking)."),
                Evidence.Flask(-2, FactIds.FlaskSecurityDependency,
                    "Data this sensitive raises the stakes of Flask's few built-in security features: safety rests on your practices and extensions.")),
        ]);

    private static AnswerOption Option(SecurityNeeds value, string label, string[] synonyms, params Evidence[] evidence) =>
        new(value, label, synonyms, evidence);
}
