namespace Advisor.Knowledge;

/// <summary>One of the article's terms, the words people type for it, what it means in plain words, and the topic the article covers it under.</summary>
public sealed record GlossaryTerm(string Term, IReadOnlyList<string> Phrases, string Meaning, SourceTopic Topic);

/// <summary>
/// Plain meanings of the article's jargon ("what is an ORM?", "what does XSS mean?"). A meaning explains
/// a word, it makes no claim about either framework; the facts that follow it come from the article.
/// </summary>
public static class Glossary
{
    public static IReadOnlyList<GlossaryTerm> Terms { get; } =
    [
        new("ORM", ["orm", "object relational mapper", "object-relational mapper"],
            "An ORM (object-relational mapper) lets you work with the database in Python code instead of writing SQL.", SourceTopic.Databases),
        new("XSS", ["xss", "cross site scripting", "cross-site scripting"],
            "XSS (cross-site scripting) is a common web attack: someone slips their own script into pages other people see.", SourceTopic.Security),
        new("CSRF", ["csrf", "cross site request forgery", "cross-site request forgery"],
            "CSRF (cross-site request forgery) is a common web attack: another site makes a logged-in user's browser send a request they never meant.", SourceTopic.Security),
        new("SQL injection", ["sql injection"],
            "SQL injection is a common web attack: someone sneaks database commands in through a form or a URL.", SourceTopic.Security),
        new("clickjacking", ["clickjacking"],
            "Clickjacking is a common web attack: your page is hidden under another, so people click on it without knowing.", SourceTopic.Security),
        new("Model-View-Template", ["mvt", "model view template", "model-view-template"],
            "Model-View-Template (MVT) is how Django splits an app: models hold the data, views the logic, templates the pages.", SourceTopic.Architecture),
        new("microservices", ["microservices", "microservice"],
            "Microservices are small, separate services, each doing one job and talking to the others over the network.", SourceTopic.RestApis),
    ];

    /// <summary>The explanation and the article's facts on it: the meaning first, then what the source says.</summary>
    public static string Explain(GlossaryTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return $"{term.Meaning} {SourceTopics.Answer(term.Topic)}";
    }
}
