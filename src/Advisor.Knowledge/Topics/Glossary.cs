namespace Advisor.Knowledge;

/// <summary>One of the article's terms, the words people type for it, what it means in plain words, and the topic the article covers it under.</summary>
public sealed record GlossaryTerm(string Term, IReadOnlyList<string> Phrases, string Meaning, SourceTopic Topic);

/// <summary>
/// The article's jargon ("what is an ORM?", "what does XSS mean?") spelled out in the article's own terms:
/// every claim the bot makes traces to the article, so a term the article does not explain is not
/// explained from elsewhere; the facts that follow come from the article too.
/// </summary>
public static class Glossary
{
    public static IReadOnlyList<GlossaryTerm> Terms { get; } =
    [
        new("ORM", ["orm", "object relational mapper", "object-relational mapper"],
            "ORM is Object-Relational Mapping: it lets a developer talk to the database using Python code.", SourceTopic.Databases),
        new("XSS", ["xss", "cross site scripting", "cross-site scripting"],
            "XSS is cross-site scripting, one of the common web attacks the article names.", SourceTopic.Security),
        new("CSRF", ["csrf", "cross site request forgery", "cross-site request forgery"],
            "CSRF is cross-site request forgery, one of the common web attacks the article names.", SourceTopic.Security),
        new("SQL injection", ["sql injection"],
            "SQL injection is one of the common web attacks the article names.", SourceTopic.Security),
        new("clickjacking", ["clickjacking"],
            "Clickjacking is one of the common web attacks the article names.", SourceTopic.Security),
        new("Model-View-Template", ["mvt", "model view template", "model-view-template"],
            "MVT is Model-View-Template, the architecture Django follows.", SourceTopic.Architecture),
        new("microservices", ["microservices", "microservice"],
            "The article doesn't define microservices, but it does say this about them.", SourceTopic.RestApis),
    ];

    /// <summary>The explanation and the article's facts on it: the meaning first, then what the article says.</summary>
    public static string Explain(GlossaryTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return $"{term.Meaning} {SourceTopics.Answer(term.Topic)}";
    }
}
