namespace Advisor.Knowledge;

/// <summary>
/// Points an answer gives one framework, backed by a fact: positive when the fact favours it,
/// negative when the fact is one of its costs.
/// </summary>
public sealed record Evidence(Framework Framework, int Points, string FactId)
{
    internal static Evidence Django(int points, string factId) => new(Framework.Django, points, factId);

    internal static Evidence Flask(int points, string factId) => new(Framework.Flask, points, factId);
}
