using Advisor.Knowledge;
using Bot.Dialogs.Recognition;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// The answer to the one question the bot just asked, in the user's own words. In order: the
/// whole answer is an option's label or synonym; the message states the fact as a description
/// would ("we handle payments"); a bare word that only makes sense as an answer ("high");
/// for size, a bare number of developers ("about 5"); for the optional questions, "not sure".
/// </summary>
public static class AnswerReader
{
    /// <returns>The <see cref="ProjectSize"/>, <see cref="Timeline"/>, <see cref="SecurityNeeds"/>,
    /// <see cref="UseCase"/> or <see cref="TeamExperience"/> answered, or null when it cannot tell.</returns>
    public static Enum? Read(Question question, string? text, DateTimeOffset reference)
    {
        var tokens = TextTokens.Tokenize(text);
        var words = tokens.Where(t => t != TextTokens.Boundary).ToArray();
        if (words.Length == 0)
        {
            return null;
        }

        var definition = KnowledgeBase.Question(question);
        var whole = string.Join(' ', words);
        return definition.Options.FirstOrDefault(o => o.Synonyms.Append(o.Label).Any(p => TextTokens.Normalize(p) == whole))?.Value
            ?? ProjectDescriptionReader.Read(text, reference).Get(question)
            ?? BareAnswer(question, tokens)
            ?? (question == Question.Size ? BareHeadCount(text!, words) : null)
            ?? (definition.IsRequired ? null : Unsure(question, words));
    }

    private static Enum? BareAnswer(Question question, string[] tokens)
    {
        var cues = CueFinder.Answers.Find(tokens).Where(c => c.Question == question).ToList();
        var stated = cues.Where(c => !c.Negated).Select(c => c.Value).Distinct().ToList();
        return stated.Count == 1 && cues.All(c => !c.Negated) ? stated[0] : null;
    }

    /// <summary>"5", "about 12", "a dozen or so": the whole answer is a number, give or take hedges and people words.</summary>
    private static ProjectSize? BareHeadCount(string text, string[] words)
    {
        var hedges = Lexicon.Approximators.Concat(Lexicon.PeopleModifiers).Concat(Lexicon.PeopleWords.SelectMany(p => p))
            .Concat(["a", "we", "are", "re", "us", "ish", "max", "at", "most", "total", "in", "maybe", "probably"]);
        var known = hedges.Concat(Lexicon.NumberWords.Keys).ToHashSet(StringComparer.Ordinal);
        return words.All(w => known.Contains(w) || w.All(char.IsAsciiDigit))
            && NumberRecognizer.RecognizeInt(text) is >= 1 and var count
            ? AnswerScales.SizeFromTeamSize(count)
            : null;
    }

    /// <summary>"not sure", "no idea", "skip": the user does not know or would rather not say.</summary>
    public static bool SaysUnsure(string? text)
    {
        var words = TextTokens.Words(text);
        return Lexicon.Unsure.Any(p => TextTokens.Contains(words, p));
    }

    /// <summary>"keep it as it was", "leave it": while changing an answer, keep the old one.</summary>
    public static bool SaysKeep(string? text)
    {
        var words = TextTokens.Words(text);
        return Lexicon.KeepAnswer.Any(p => TextTokens.Contains(words, p));
    }

    private static Enum? Unsure(Question question, string[] words) =>
        Lexicon.Unsure.Any(p => TextTokens.Contains(words, p))
            ? question == Question.UseCase ? UseCase.Other : TeamExperience.NotSure
            : null;
}
