using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// What the user wants, from <see cref="Lexicon.Intents"/>: the first intent group (in precedence
/// order) with a phrase in the message wins. A message that states project facts is a description
/// or an answer (None), unless it asks why, why not, or for a comparison ("why not flask for 3 people?").
/// </summary>
public static class IntentReader
{
    // Facts are looked for without a clock: only whether a deadline is stated matters here, not when.
    private static readonly DateTimeOffset FactsReference = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Intent Read(string? text)
    {
        var words = TextTokens.Words(text);
        if (words.Length == 0)
        {
            return text?.Trim() is ['?', ..] rest && rest.All(c => c == '?') ? Intent.Help : Intent.None;
        }

        var core = Trim(words);
        var intent = Lexicon.Intents
            .FirstOrDefault(g => g.Phrases.Any(p => Says(words, core, TextTokens.Words(p), g.WholeOnly)))
            .Intent;
        return intent is Intent.None or Intent.Why or Intent.WhyNot or Intent.Compare || !StatesFacts(text!)
            ? intent
            : Intent.None;
    }

    /// <summary>The framework the user named, the first if both ("why not flask instead of django" is Flask).</summary>
    public static Framework? NamedFramework(string? text)
    {
        foreach (var word in TextTokens.Words(text))
        {
            switch (word)
            {
                case "django":
                    return Framework.Django;
                case "flask":
                    return Framework.Flask;
            }
        }

        return null;
    }

    private static bool Says(string[] words, string[] core, string[] phrase, bool wholeOnly) =>
        wholeOnly
            ? words.AsSpan().SequenceEqual(phrase) || core.AsSpan().SequenceEqual(phrase)
            : TextTokens.Contains(words, phrase);

    /// <summary>The message without the fillers around a short command ("ok, back please" is "back").</summary>
    private static string[] Trim(string[] words)
    {
        var start = 0;
        var end = words.Length;
        while (start < end && Lexicon.IntentFillers.Contains(words[start]))
        {
            start++;
        }

        while (end > start && Lexicon.IntentFillers.Contains(words[end - 1]))
        {
            end--;
        }

        return words[start..end];
    }

    private static bool StatesFacts(string text) => ProjectDescriptionReader.Read(text, FactsReference) != ProjectAnswers.None;
}
