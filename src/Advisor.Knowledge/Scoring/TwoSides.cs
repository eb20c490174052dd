namespace Advisor.Knowledge;

/// <summary>One side of a two-sided call: what the framework is for here, and the fact it rests on.</summary>
public sealed record Side(Framework Framework, string Text, string FactId);

/// <summary>
/// A project the seed argues for on both sides at once: said to be a close call whatever the points,
/// with each side's case and, where the seed supports one, a split between the two frameworks.
/// </summary>
public sealed record TwoSidedCall(string Summary, Side Django, Side Flask, string? Split);

/// <summary>The mixed cases the seed supports strongly both ways (issue 11).</summary>
internal static class TwoSides
{
    private static readonly TwoSidedCall ModelWithAccounts = new(
        "Serving a model pulls towards Flask, while accounts and the data behind them pull towards Django.",
        new(Framework.Django, "Django for the accounts, their data and the admin: log-in, permissions and an admin interface come built in.", FactIds.DjangoAuthAdmin),
        new(Framework.Flask, "Flask for the model: the article's own example is a lightweight Flask REST API that serves predictions.", FactIds.UseCaseMlModelServing),
        "A split the article supports: Django for the accounts, their data and the admin, beside a small Flask or FastAPI service for the model.");

    private static readonly TwoSidedCall ApiWithPayments = new(
        "An API pulls towards Flask, while data this sensitive pulls towards Django.",
        new(Framework.Django, "Django for the sensitive part: its defences against common web attacks (SQL injection, XSS, CSRF, clickjacking) are built in.", FactIds.DjangoSecurity),
        new(Framework.Flask, "Flask for the endpoints: it maps URLs and HTTP methods cleanly, with little extra code.", FactIds.FlaskRestfulDispatching),
        "A split the article supports: Django for the sensitive data, accounts and admin, beside a small Flask or FastAPI service for the simple endpoints.");

    private static readonly TwoSidedCall MvpWithPayments = new(
        "An MVP pulls towards Flask's speed, while data this sensitive pulls towards Django's protection. It comes down to which comes first for you.",
        new(Framework.Django, "Django if protecting the data comes first: its protection against common attacks is built in, not added later.", FactIds.DjangoSecurity),
        new(Framework.Flask, "Flask if time-to-market comes first: it gets an MVP out faster, but its security then rests on your practices.", FactIds.FlaskRapidPrototyping),
        null);

    /// <summary>Every two-sided call, for the knowledge document.</summary>
    public static IReadOnlyList<(string When, TwoSidedCall Call)> All { get; } =
    [
        ("an ML model-serving API with personal-data or high security", ModelWithAccounts),
        ("an API or microservice with high security", ApiWithPayments),
        ("a prototype or MVP with high security", MvpWithPayments),
    ];

    public static TwoSidedCall? For(ProjectAnswers answers) => (answers.UseCase, answers.Security) switch
    {
        (UseCase.MlModelServing, SecurityNeeds.Elevated or SecurityNeeds.High) => ModelWithAccounts,
        (UseCase.Api, SecurityNeeds.High) => ApiWithPayments,
        (UseCase.Prototype, SecurityNeeds.High) => MvpWithPayments,
        _ => null,
    };
}
