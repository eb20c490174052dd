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

    // The lexicon's intent phrases, tokenized once rather than on every message.
    private static readonly (Intent Intent, bool WholeOnly, string[][] Phrases)[] Groups =
        [.. Lexicon.Intents.Select(g => (g.Intent, g.WholeOnly, g.Phrases.Select(TextTokens.Words).ToArray()))];

    /// <summary>The intent of a message read on its own (tests, and callers without a <see cref="MessageReading"/>).</summary>
    public static Intent Read(string? text) => MessageReader.Read(text, FactsReference).Intent;

    /// <summary>
    /// The intent, given whether the message states project facts: a request phrase beside facts ("help me
    /// pick for a 3-person shop", "Django vs Flask for a shop?") is a description; why, why not and compare
    /// keep their meaning after a verdict, and the dialogs record the facts first.
    /// </summary>
    internal static Intent Read(string? text, string[] words, bool statesFacts)
    {
        if (words.Length == 0)
        {
            return text?.Trim() is ['?', ..] rest && rest.All(c => c == '?') ? Intent.Help : Intent.None;
        }

        var core = Trim(words);
        var intent = Groups
            .FirstOrDefault(g => g.Phrases.Any(p => Says(words, core, p, g.WholeOnly)))
            .Intent;
        return intent is Intent.None or Intent.Why or Intent.WhyNot or Intent.Compare || !statesFacts
            ? intent
            : Intent.None;
    }

    /// <summary>The framework the user named, the first if both ("why not flask instead of django" is Flask).</summary>
    public static Framework? NamedFramework(string? text) => NamedFramework(TextTokens.Words(text));

    internal static Framework? NamedFramework(string[] words)
    {
        foreach (var word in words)
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
}
