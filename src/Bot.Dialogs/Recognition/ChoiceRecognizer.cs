using Bot.Dialogs.Prompts;

namespace Bot.Dialogs.Recognition;

/// <summary>The choice an answer picked, or the choices it could equally mean (then <see cref="Match"/> is null).</summary>
public sealed record ChoiceRecognition(FoundChoice? Match, IReadOnlyList<FoundChoice> Ambiguous)
{
    public static ChoiceRecognition None { get; } = new(null, []);

    public bool IsAmbiguous => Match is null && Ambiguous.Count > 1;
}

/// <summary>
/// Picks a choice from an answer, in this order (protocol doc §8.4, our own rules): 1. the whole
/// answer equals a value or synonym (case- and accent-insensitive); 2. a value or synonym occurs
/// in the answer (the longest wins); 3. the answer's words overlap one choice more than any other
/// ("large" for "Large team"); 4. an ordinal ("the second one", "last"); 5. an index ("2", "two",
/// "option 2"). An ordinal or index counts only when it is the whole answer, give or take filler words. A tie at any step is ambiguous and picks nothing: the prompt asks again rather than guess.
/// </summary>
public static class ChoiceRecognizer
{
    private static readonly HashSet<string> s_fillers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "one", "ones", "i", "we", "it", "its", "is", "are", "am", "my", "our", "please", "option", "choice",
        "number", "no", "that", "this", "of", "for", "to", "and", "or", "with", "think", "guess", "say", "d", "m", "s", "re",
        "ve", "ll", "id", "im", "maybe", "probably", "go", "pick", "take", "choose", "like", "would", "be", "will", "us", "let",
    };

    /// <summary>Words too weak to pick a choice on their own in a loose match: "next summer" is not "next month".</summary>
    private static readonly HashSet<string> s_weak = new(StringComparer.Ordinal) { "next", "last", "this", "first", "few", "far", "away", "soon" };

    public static ChoiceRecognition Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Length == 0 || choices.Count == 0)
        {
            return ChoiceRecognition.None;
        }

        var candidates = Candidates(choices);
        return Exact(tokens, candidates)
            ?? Contained(tokens, candidates)
            ?? Overlap(tokens, candidates)
            ?? Ordinal(text!, tokens, choices)
            ?? Index(text!, tokens, choices)
            ?? ChoiceRecognition.None;
    }

    /// <summary>
    /// Only the answers that can mean nothing but a choice: the whole answer is a value or synonym
    /// (rule 1), or is just an ordinal ("the second one", "last"). For callers that try their own
    /// understanding before the looser rules, e.g. when "2" is a head count rather than an index.
    /// </summary>
    public static ChoiceRecognition RecognizeExplicit(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Length == 0 || choices.Count == 0)
        {
            return ChoiceRecognition.None;
        }

        return Exact(tokens, Candidates(choices)) ?? Ordinal(text!, tokens, choices) ?? ChoiceRecognition.None;
    }

    private static ChoiceRecognition? Exact(string[] tokens, List<Candidate> candidates)
    {
        var hits = candidates.Where(c => c.Tokens.AsSpan().SequenceEqual(tokens)).Select(c => c.Found(1.0));
        return Decide([.. hits]);
    }

    private static ChoiceRecognition? Contained(string[] tokens, List<Candidate> candidates)
    {
        var hits = candidates.Where(c => c.Tokens.Length > 0 && tokens.AsSpan().IndexOf(c.Tokens) >= 0).ToList();
        if (hits.Count == 0)
        {
            return null;
        }

        var longest = hits.Max(c => c.Tokens.Length);
        var winners = hits.Where(c => c.Tokens.Length == longest).ToList();
        var decided = Decide([.. winners.Select(c => c.Found((double)longest / tokens.Length))]);
        if (decided?.Match is not { } match)
        {
            return decided;
        }

        // "small or large team" names two choices even though only one is spelled out in full.
        var used = winners.SelectMany(c => c.Tokens).ToHashSet(StringComparer.Ordinal);
        var others = candidates
            .Where(c => c.Index != match.Index && c.Tokens.Any(t => !s_fillers.Contains(t) && !used.Contains(t) && tokens.Contains(t)))
            .Select(c => c.Found(0.5));
        return others.Any() ? Decide([match, .. others]) : decided;
    }

    private static ChoiceRecognition? Overlap(string[] tokens, List<Candidate> candidates)
    {
        var content = tokens.Where(t => !s_fillers.Contains(t) && !s_weak.Contains(t)).ToHashSet(StringComparer.Ordinal);
        if (content.Count == 0)
        {
            return null;
        }

        var scored = candidates
            .Select(c => (Candidate: c, Score: c.Tokens.Count(t => !s_fillers.Contains(t) && content.Contains(t))))
            .Where(s => s.Score > 0)
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var best = scored.Max(s => s.Score);
        return Decide([.. scored.Where(s => s.Score == best).Select(s => s.Candidate.Found((double)best / Math.Max(content.Count, s.Candidate.Tokens.Length)))]);
    }

    private static ChoiceRecognition? Ordinal(string text, string[] tokens, IReadOnlyList<Choice> choices)
    {
        var results = RecognitionLimits.Parse(text, RecognizerModels.Ordinal.Parse);
        if (results.Count == 0)
        {
            return null;
        }

        // Only an answer that is just the position ("the second one", "last please"), not an ordinal
        // inside a sentence ("what was the first question?").
        var ordinalTokens = results.SelectMany(r => TextNormalizer.Tokenize(r.Text)).ToHashSet(StringComparer.Ordinal);
        if (!tokens.All(t => ordinalTokens.Contains(t) || s_fillers.Contains(t)))
        {
            return null;
        }

        // "next" is relative to where the user is, not a position in the list: it picks nothing.
        if (results.All(r => r.Resolution?.GetValueOrDefault("relativeTo") as string == "current"))
        {
            return null;
        }

        var result = results.FirstOrDefault(r => r.Resolution?.GetValueOrDefault("relativeTo") as string == "end") ?? results.First(r => r.Resolution?.GetValueOrDefault("relativeTo") as string != "current");
        var offset = result.Resolution?.GetValueOrDefault("offset") as string;
        if (!int.TryParse(offset, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var position))
        {
            return null;
        }

        var index = result.Resolution?.GetValueOrDefault("relativeTo") as string == "end" ? choices.Count - 1 + position : position - 1;
        return At(choices, index, result.Text);
    }

    private static ChoiceRecognition? Index(string text, string[] tokens, IReadOnlyList<Choice> choices)
    {
        var numbers = RecognitionLimits.Parse(text, RecognizerModels.Number.Parse);
        if (numbers.Count != 1 || NumberRecognizer.RecognizeInt(numbers[0].Text) is not { } number)
        {
            return null;
        }

        // Only an answer that is just the number ("2", "two", "option 2"), not a number inside a sentence.
        var numberTokens = TextNormalizer.Tokenize(numbers[0].Text).ToHashSet(StringComparer.Ordinal);
        return tokens.All(t => numberTokens.Contains(t) || s_fillers.Contains(t)) ? At(choices, number - 1, numbers[0].Text) : null;
    }

    private static ChoiceRecognition? At(IReadOnlyList<Choice> choices, int index, string matched) =>
        index >= 0 && index < choices.Count ? new ChoiceRecognition(new FoundChoice(choices[index].Value, index, 1.0, matched), []) : null;

    private static ChoiceRecognition? Decide(List<FoundChoice> hits)
    {
        var distinct = hits.DistinctBy(h => h.Index).ToList();
        return distinct.Count switch
        {
            0 => null,
            1 => new ChoiceRecognition(distinct[0], []),
            _ => new ChoiceRecognition(null, distinct),
        };
    }

    /// <summary>
    /// The words of choice values and synonyms, which repeat every turn (the same buttons); shared,
    /// so never changed (issue 16).
    /// </summary>
    private static readonly RecognitionCache<string, string[]> s_choiceTokens = new(4096);

    private static List<Candidate> Candidates(IReadOnlyList<Choice> choices)
    {
        var list = new List<Candidate>();
        for (var i = 0; i < choices.Count; i++)
        {
            list.Add(new Candidate(choices[i], i, choices[i].Value, s_choiceTokens.GetOrAdd(choices[i].Value, TextNormalizer.Tokenize)));
            foreach (var synonym in choices[i].Synonyms ?? [])
            {
                list.Add(new Candidate(choices[i], i, synonym, s_choiceTokens.GetOrAdd(synonym, TextNormalizer.Tokenize)));
            }
        }

        return list;
    }

    private sealed record Candidate(Choice Choice, int Index, string Text, string[] Tokens)
    {
        public FoundChoice Found(double score) => new(Choice.Value, Index, Math.Round(score, 2), Text);
    }
}
