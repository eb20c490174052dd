namespace Advisor.Knowledge;

/// <summary>
/// The one article every fact comes from, as a reader who never saw it can know it (issue 11: a file
/// name means nothing to them). The article has no title, so it is described by what its own opening
/// says it covers: <see cref="Passages"/> are exact substrings of the seed, and every word of
/// <see cref="Description"/> comes from them.
/// </summary>
public static class SourceArticle
{
    /// <summary>How the bot refers to it wherever it says where its claims come from.</summary>
    public const string Name = "the article";

    public const string Description = "an article on Django and Flask, the two most prominent Python web frameworks: "
        + "their differences, advantages, disadvantages and suitable use cases";

    /// <summary>The article's opening sentences that <see cref="Description"/> restates.</summary>
    public static IReadOnlyList<string> Passages { get; } =
    [
        "Python is a well known web development language, and the two most prominent web frameworks of the language are Django and Flask.",
        "It will allow you to learn about their differences, advantages, disadvantages, and suitable use cases",
    ];
}
