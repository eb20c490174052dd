using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// The project facts a tokenized message states ("a 3-person REST API for our ML model, due in 3 weeks,
/// internal only"), one per question at most, each with the words it was read from.
/// </summary>
internal static class FactReader
{
    public static List<ReadFact> Read(string text, string[] tokens, IReadOnlyList<Cue> cues, DateTimeOffset reference)
    {
        var facts = new List<ReadFact>(5);
        Add(facts, Size(tokens, cues));
        Add(facts, TimelineReader.Read(text, tokens, cues, reference));
        Add(facts, Security(tokens, cues));
        Add(facts, UseCase(tokens, cues));
        Add(facts, Experience(tokens, cues));
        return facts;
    }

    /// <summary>
    /// A head count is more exact than words, so "a small team of 5" is medium (4-10 developers).
    /// "not a big team" denies large: a small team, as a person would read it.
    /// </summary>
    private static ReadFact? Size(string[] tokens, IReadOnlyList<Cue> cues)
    {
        if (TeamSizeReader.Find(tokens) is { } count)
        {
            return new ReadFact(AnswerScales.SizeFromTeamSize(count.Count), Words(tokens, count.Start, count.End));
        }

        if (Stated(cues, Question.Size).FirstOrDefault() is { } cue)
        {
            return FactOf(tokens, cue);
        }

        return cues.FirstOrDefault(c => c.Negated && c.Answer is SizeAnswer { Value: ProjectSize.Large }) is { } denied
            ? new ReadFact(ProjectSize.Small, Words(tokens, Math.Max(0, denied.Start - 2), denied.End), Hint: true)
            : null;
    }

    /// <summary>The highest level stated wins; a denial alone ("no payments", "nothing personal") means standard.</summary>
    private static ReadFact? Security(string[] tokens, IReadOnlyList<Cue> cues)
    {
        var stated = Stated(cues, Question.Security).ToList();
        if (stated.Count > 0)
        {
            var level = stated.Max(c => ((SecurityAnswer)c.Answer).Value);
            var atLevel = stated.Where(c => ((SecurityAnswer)c.Answer).Value == level).ToList();
            var plain = atLevel.FirstOrDefault(c => !c.Hint);
            return FactOf(tokens, plain ?? atLevel[0]) with { Hint = plain is null };
        }

        return cues.FirstOrDefault(c => c.Question == Question.Security && c.Negated) is { } denial
            ? new ReadFact(SecurityNeeds.Standard, Words(tokens, Math.Max(0, denial.Start - 1), denial.End))
            : null;
    }

    private static ReadFact? UseCase(string[] tokens, IReadOnlyList<Cue> cues)
    {
        var stated = Stated(cues, Question.UseCase).ToList();
        return Lexicon.UseCasePriority
            .Select(u => stated.FirstOrDefault(c => c.Answer is UseCaseAnswer a && a.Value == u))
            .FirstOrDefault(c => c is not null) is { } cue
            ? FactOf(tokens, cue)
            : null;
    }

    /// <summary>Beginners and seniors together make a mixed, intermediate team.</summary>
    private static ReadFact? Experience(string[] tokens, IReadOnlyList<Cue> cues)
    {
        var stated = Stated(cues, Question.Experience).ToList();
        var beginner = stated.FirstOrDefault(c => c.Answer is ExperienceAnswer { Value: TeamExperience.Beginner });
        var experienced = stated.FirstOrDefault(c => c.Answer is ExperienceAnswer { Value: TeamExperience.Experienced });
        if (beginner is not null && experienced is not null)
        {
            var (first, last) = beginner.Start < experienced.Start ? (beginner, experienced) : (experienced, beginner);
            return new ReadFact(TeamExperience.Intermediate, Words(tokens, first.Start, last.End));
        }

        return stated.FirstOrDefault() is { } cue ? FactOf(tokens, cue) : null;
    }

    private static IEnumerable<Cue> Stated(IReadOnlyList<Cue> cues, Question question) =>
        cues.Where(c => c.Question == question && !c.Negated);

    private static ReadFact FactOf(string[] tokens, Cue cue) => new(cue.Answer, Words(tokens, cue.Start, cue.End), cue.Hint);

    /// <summary>The words between two token positions, without clause marks: what the echo quotes.</summary>
    internal static string Words(string[] tokens, int start, int end) =>
        string.Join(' ', tokens[start..Math.Min(end, tokens.Length)].Where(t => t != TextTokens.Boundary));

    private static void Add(List<ReadFact> facts, ReadFact? fact)
    {
        if (fact is not null)
        {
            facts.Add(fact);
        }
    }
}
