namespace Advisor.Knowledge;

/// <summary>A question the bot can ask, why it asks, and the answers it understands.</summary>
public sealed class QuestionDefinition
{
    private readonly string counterfactualPrefix;

    internal QuestionDefinition(
        Question id, bool isRequired, string criterion, string prompt, string whyWeAsk,
        string counterfactualPrefix, IReadOnlyList<AnswerOption> options)
    {
        Id = id;
        IsRequired = isRequired;
        Criterion = criterion;
        Prompt = prompt;
        WhyWeAsk = whyWeAsk;
        this.counterfactualPrefix = counterfactualPrefix;
        Options = options;
    }

    public Question Id { get; }

    public bool IsRequired { get; }

    /// <summary>The scoring criterion this question feeds, e.g. "Project size".</summary>
    public string Criterion { get; }

    public string Prompt { get; }

    /// <summary>One sentence the bot can show when the user asks why.</summary>
    public string WhyWeAsk { get; }

    public IReadOnlyList<AnswerOption> Options { get; }

    /// <summary>The option for an answer value of this question.</summary>
    public AnswerOption Option(Answer answer)
    {
        // Indexed loops, not LINQ or foreach over the interface (a delegate and an enumerator per call):
        // scoring calls these for every option of every question (issue 16).
        for (var i = 0; i < Options.Count; i++)
        {
            var option = Options[i];
            if (option.Answer.Equals(answer))
            {
                return option;
            }
        }

        throw new ArgumentException($"{answer} is not an answer to {Id}.", nameof(answer));
    }

    /// <summary>The option whose answer's name is <paramref name="name"/> (as stored), or null when none is.</summary>
    public AnswerOption? OptionNamed(string name)
    {
        for (var i = 0; i < Options.Count; i++)
        {
            var option = Options[i];
            if (string.Equals(option.Answer.Name, name, StringComparison.Ordinal))
            {
                return option;
            }
        }

        return null;
    }

    /// <summary>The option chosen in <paramref name="answers"/>, or <c>null</c> when unanswered.</summary>
    public AnswerOption? Selected(ProjectAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var value = answers.Get(Id);
        return value is null ? null : Option(value);
    }

    /// <summary>
    /// The option whose label or synonym the text is, or contains as whole words (the longest
    /// such phrase wins); <c>null</c> when nothing matches.
    /// </summary>
    public AnswerOption? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var padded = $" {Normalize(text)} ";
        return Options
            .SelectMany(o => o.Synonyms.Append(o.Label).Select(phrase => (Option: o, Phrase: Normalize(phrase))))
            .Where(c => padded.Contains($" {c.Phrase} ", StringComparison.Ordinal))
            .OrderByDescending(c => c.Phrase.Length)
            .Select(c => c.Option)
            .FirstOrDefault();
    }

    /// <summary>How a "what if" opens for this answer, e.g. "If you had a few weeks".</summary>
    internal string WhatIf(AnswerOption option) => $"{counterfactualPrefix} {option.Label}";

    private static string Normalize(string text) =>
        string.Join(' ', text.ToUpperInvariant().Split(
            [' ', ',', '.', '!', '?', ';', ':', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries));
}
