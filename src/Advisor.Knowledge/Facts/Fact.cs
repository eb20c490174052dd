namespace Advisor.Knowledge;

/// <summary>What kind of claim a fact makes.</summary>
public enum FactKind
{
    /// <summary>A strength of the framework it is about.</summary>
    Strength,

    /// <summary>A cost of the framework it is about: a trade-off its users live with.</summary>
    Cost,

    /// <summary>A kind of project the seed says the framework suits.</summary>
    UseCase,

    /// <summary>The seed's overall verdict.</summary>
    Conclusion,
}

/// <summary>
/// One claim from the seed, restated in our own words. <see cref="Statement"/> is user-facing
/// (the bot shows it verbatim); <see cref="SeedPassage"/> is an exact substring of the seed file
/// so every claim can be traced back.
/// </summary>
public sealed record Fact(
    string Id,
    FactKind Kind,
    Framework About,
    string Statement,
    IReadOnlyList<Framework> Favours,
    IReadOnlyList<Framework> Penalises,
    string SeedPassage)
{
    internal static Fact Strength(string id, Framework about, string statement, string passage) =>
        new(id, FactKind.Strength, about, statement, [about], [], passage);

    internal static Fact Cost(string id, Framework about, string statement, string passage) =>
        new(id, FactKind.Cost, about, statement, [], [about], passage);

    internal static Fact UseCase(string id, Framework about, string statement, string passage) =>
        new(id, FactKind.UseCase, about, statement, [about], [], passage);

    internal static Fact Conclusion(string id, Framework about, string statement, string passage) =>
        new(id, FactKind.Conclusion, about, statement, [about], [], passage);
}
