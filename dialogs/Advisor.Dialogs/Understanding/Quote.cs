namespace Advisor.Dialogs.Understanding;

/// <summary>
/// The user's words as they typed them: the echo says “I'm a student”, not the tokens "i m a student".
/// A fact's words are found again in the message by their tokens, and the text they span is returned.
/// </summary>
internal static class Quote
{
    public static string From(string text, List<(string Token, int Start, int End)> spans, string words) =>
        Locate(text, spans, words) is { } found ? text[found.Start..found.End] : words;

    /// <summary>Where <paramref name="words"/> stand in <paramref name="text"/> (start inclusive, end exclusive), or null.</summary>
    public static (int Start, int End)? Locate(string text, List<(string Token, int Start, int End)> spans, string words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var wanted = TextTokens.Words(words);
        if (wanted.Length == 0)
        {
            return null;
        }

        var tokens = spans.Where(s => s.Token != TextTokens.Boundary).ToList();
        for (var i = 0; i + wanted.Length <= tokens.Count; i++)
        {
            var match = true;
            for (var k = 0; k < wanted.Length && match; k++)
            {
                match = tokens[i + k].Token == wanted[k];
            }

            if (match)
            {
                return (tokens[i].Start, tokens[i + wanted.Length - 1].End);
            }
        }

        return null;
    }
}
