namespace Advisor.Knowledge;

/// <summary>
/// Points an answer gives one framework, backed by a fact: positive when the fact favours it,
/// negative when the fact is one of its costs. <see cref="Because"/> is the user-facing sentence that
/// ties this answer to the fact (issue 11: a reason follows from the answer, it does not sit beside it).
/// </summary>
public sealed record Evidence(Framework Framework, int Points, string FactId, string Because)
{
    internal static Evidence Django(int points, string factId, string because) => new(Framework.Django, points, factId, because);

    internal static Evidence Flask(int points, string factId, string because) => new(Framework.Flask, points, factId, because);
}
