namespace Advisor.Dialogs.Understanding;

/// <summary>
/// The sentences of a message that ask rather than tell: "is Flask ok for a big team?", "what about a
/// small team?", "can we ship in 2 months?". A fact read from one is <see cref="ReadFact.Asked"/>: it may
/// fill an open answer (a first message "is Django a good fit for a big team?" describes the project),
/// but it never silently replaces an answer already given (issue 10's tester: "does django support SSO?"
/// changed the security answer).
/// </summary>
internal static class QuestionSentences
{
    /// <summary>Opening words that make a sentence a question even without its "?", when a framework or "about" follows.</summary>
    private static readonly HashSet<string> Openers = ["is", "are", "does", "do", "can", "could", "would", "will", "should", "isnt", "doesnt", "cant", "wouldnt", "what", "how", "wat"];

    private static readonly HashSet<string> SecondWords = ["django", "flask", "about", "if", "it"];

    /// <summary>The character ranges (start inclusive, end exclusive) of the sentences that ask.</summary>
    public static List<(int Start, int End)> Find(string text) =>
        TextTokens.Sentences(text).FindAll(s => Asks(text, s.Start, s.End));

    /// <summary>True when the fact's words lie in one of the asking sentences.</summary>
    public static bool Contains(List<(int Start, int End)> asking, (int Start, int End)? words) =>
        words is { } at && asking.Exists(s => s.Start <= at.Start && at.End <= s.End);

    /// <summary>
    /// "whats the difference between 1-6 months and over 6", "what do you mean by experienced", "what counts as
    /// medium": a question about the question, "?" or not ("what I mean is we're 8" tells).
    /// </summary>
    private static bool AsksWhatItMeans(string[] words) =>
        words[0] is "what" or "whats"
        && (TextTokens.Contains(words.Take(4).ToArray(), ["the", "difference"])
            || (words[1] is "do" or "does" && words.Take(6).Any(w => w is "mean" or "means"))
            || words[1] == "counts");

    private static bool Asks(string text, int start, int end)
    {
        if (text[end - 1] == '?')
        {
            return true;
        }

        var words = TextTokens.Words(text[start..end]);
        return words.Length >= 2 && ((Openers.Contains(words[0]) && SecondWords.Contains(words[1])) || AsksWhatItMeans(words));
    }
}
