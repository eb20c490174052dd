using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// Everything one message says about the project ("a 3-person REST API for our ML model, due in
/// 3 weeks, internal only"). Only what the text states is set; the rest stays null.
/// </summary>
public static class ProjectDescriptionReader
{
    /// <param name="text">The user's message; null or empty says nothing.</param>
    /// <param name="reference">The message's local time, against which deadlines ("by March 1st") are measured.</param>
    public static ProjectAnswers Read(string? text, DateTimeOffset reference)
    {
        var tokens = TextTokens.Tokenize(text);
        if (tokens.Length == 0)
        {
            return ProjectAnswers.None;
        }

        var cues = CueFinder.Facts.Find(tokens);
        return new ProjectAnswers(
            Size(tokens, cues),
            TimelineReader.Read(text!, tokens, cues, reference),
            Security(cues),
            UseCase(cues),
            Experience(cues));
    }

    /// <summary>A head count is more exact than words, so "a small team of 5" is medium (4-10 developers).</summary>
    private static ProjectSize? Size(string[] tokens, IReadOnlyList<Cue> cues) =>
        TeamSizeReader.Read(tokens) is { } developers
            ? AnswerScales.SizeFromTeamSize(developers)
            : (ProjectSize?)First(cues, Question.Size);

    /// <summary>The highest level stated wins; a denial alone ("no payments") means standard.</summary>
    private static SecurityNeeds? Security(IReadOnlyList<Cue> cues)
    {
        var stated = Stated(cues, Question.Security).Cast<SecurityNeeds>().ToList();
        if (stated.Count > 0)
        {
            return stated.Max();
        }

        return cues.Any(c => c.Question == Question.Security && c.Negated) ? SecurityNeeds.Standard : null;
    }

    private static UseCase? UseCase(IReadOnlyList<Cue> cues)
    {
        var stated = Stated(cues, Question.UseCase).Cast<UseCase>().ToHashSet();
        return stated.Count == 0 ? null : Lexicon.UseCasePriority.First(stated.Contains);
    }

    /// <summary>Beginners and seniors together make a mixed, intermediate team.</summary>
    private static TeamExperience? Experience(IReadOnlyList<Cue> cues)
    {
        var stated = Stated(cues, Question.Experience).Cast<TeamExperience>().ToHashSet();
        if (stated.Contains(TeamExperience.Beginner) && stated.Contains(TeamExperience.Experienced))
        {
            return TeamExperience.Intermediate;
        }

        return (TeamExperience?)First(cues, Question.Experience);
    }

    private static Enum? First(IReadOnlyList<Cue> cues, Question question) => Stated(cues, question).FirstOrDefault();

    private static IEnumerable<Enum> Stated(IReadOnlyList<Cue> cues, Question question) =>
        cues.Where(c => c.Question == question && !c.Negated).Select(c => c.Value);
}
