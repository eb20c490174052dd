namespace Advisor.Dialogs.Understanding;

/// <summary>
/// What a message says about the conversation itself rather than the project: it asks the bot's own
/// question, names a technology the bot does not weigh, is not in English, asks "what if", or asks
/// for the answers so far.
/// </summary>
internal static class ScopeReader
{
    /// <summary>"Django or Flask for …?", "flask vs django", "which framework should we use?".</summary>
    public static bool AsksWhichFramework(string[] words) =>
        (words.Contains("django") && words.Contains("flask"))
        || Lexicon.WhichFramework.Any(p => TextTokens.Contains(words, p));

    /// <summary>The first technology named that is neither Django nor Flask, in the bot's spelling ("Node.js").</summary>
    public static string? OtherTechnology(string text, string[] words)
    {
        foreach (var (phrase, name) in Lexicon.OtherTechnologies)
        {
            for (var i = 0; i + phrase.Length <= words.Length; i++)
            {
                if (TextTokens.At(words, i, phrase))
                {
                    // "we come from Ruby on Rails", "ex-Rails": the team's background, not a third option to weigh;
                    // "a React frontend" goes with either framework.
                    return IsBackground(words, i) || IsFrontEnd(words, i + phrase.Length) ? null : name;
                }
            }
        }

        // "C#", ".NET" and "Node.js" lose their marks in tokens; look at the text for those.
        return text.Contains("c#", StringComparison.OrdinalIgnoreCase) ? "C#"
            : text.Contains(".net", StringComparison.OrdinalIgnoreCase) ? ".NET"
            : null;
    }

    // "a React frontend", "React on the frontend", "React for the UI".
    private static bool IsFrontEnd(string[] words, int after) =>
        words.Skip(after).Take(3).Any(w => w is "frontend" or "front" or "ui" or "client" or "spa");

    // Up to two words may come between ("coming from Ruby on | Rails", "ex- | Django-style Rails").
    private static bool IsBackground(string[] words, int at) =>
        Lexicon.BackgroundBefore.Any(p => Enumerable.Range(0, 3).Any(gap => at - gap - p.Length >= 0 && TextTokens.At(words, at - gap - p.Length, p)));

    /// <summary>
    /// Two or more common words of German, Spanish, French, Portuguese or Italian, and more of them than
    /// English ones: "Wir brauchen eine Webseite für unseren Shop" is not English; "Flask pour un MVP" is a mix.
    /// </summary>
    public static bool IsNotEnglish(string[] words)
    {
        var foreign = words.Count(Lexicon.ForeignWords.Contains);
        var english = words.Count(Lexicon.EnglishWords.Contains);
        return (foreign >= 2 && foreign > english) || (words.Length <= 2 && words.Any(Lexicon.ForeignRequests.Contains));
    }

    /// <summary>"a command-line tool to rename files, no web at all", "a desktop app": nothing for a web framework to do.</summary>
    public static bool IsNotWeb(string[] words) => Lexicon.NotWeb.Any(p => TextTokens.Contains(words, p));

    public static bool AsksWhatIf(string[] words) => Lexicon.WhatIf.Any(p => TextTokens.Contains(words, p));

    /// <summary>"what are my answers?"; not the what-if button "Keep my answers".</summary>
    public static bool AsksForAnswers(string[] words) =>
        Lexicon.MyAnswers.Any(p => TextTokens.Contains(words, p)) && !TextTokens.Contains(words, KeepMyAnswers);

    private static readonly string[] KeepMyAnswers = ["keep", "my", "answers"];
}
