using System.Text;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// Splits a message into lower-case, accent-folded word tokens, with <see cref="Boundary"/> where a
/// clause ends (.,;!? or a line break; not ':', as in "size: large") so that a negation never reaches past its clause.
/// "10,000" stays one number; "3-person" is "3 person"; emoji and other symbols separate words.
/// </summary>
internal static class TextTokens
{
    /// <summary>The token that stands for a clause boundary; it never equals a word.</summary>
    public const string Boundary = "|";

    // string.Normalize does nothing under InvariantGlobalization (Directory.Build.props), so Latin
    // accents are folded by table: each char of the first string maps to the char below it.
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Folded = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    public static string[] Tokenize(string? text) => [.. TokenizeWithSpans(text).Select(t => t.Token)];

    /// <summary>The tokens with where each stands in the text (start inclusive, end exclusive), so words read can be quoted as typed.</summary>
    public static List<(string Token, int Start, int End)> TokenizeWithSpans(string? text)
    {
        var tokens = new List<(string Token, int Start, int End)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return tokens;
        }

        var word = new StringBuilder();
        var wordStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            var accent = c < 'à' ? -1 : Accented.IndexOf(c, StringComparison.Ordinal);
            if (accent >= 0 || char.IsLetterOrDigit(c))
            {
                if (word.Length == 0)
                {
                    wordStart = i;
                }

                word.Append(accent >= 0 ? Folded[accent] : c);
                continue;
            }

            var betweenDigits = i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
            if (betweenDigits && c == ',')
            {
                continue;
            }

            if (betweenDigits && c == '.')
            {
                word.Append(c);
                continue;
            }

            Flush(word, wordStart, i, tokens);
            if (c is '+' or '&')
            {
                tokens.Add((c == '+' ? "plus" : "and", i, i + 1)); // "me + 2 friends", "me & my co-founder"
                continue;
            }

            if (c is '.' or ',' or ';' or '!' or '?' or '\n' or '\r' && (tokens.Count == 0 || tokens[^1].Token != Boundary))
            {
                tokens.Add((Boundary, i, i + 1));
            }
        }

        Flush(word, wordStart, text.Length, tokens);
        return tokens;
    }

    /// <summary>
    /// Where each sentence stands in <paramref name="text"/> (start inclusive, end exclusive, its closing mark
    /// included): a sentence ends at . ! ? ; or a line break, but not at the point of "3.5".
    /// </summary>
    public static List<(int Start, int End)> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var ends = i == text.Length || text[i] is '?' or '!' or ';' or '\n'
                || (text[i] == '.' && !(i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])));
            if (ends)
            {
                if (i > start)
                {
                    sentences.Add((start, Math.Min(i + 1, text.Length)));
                }

                start = i + 1;
            }
        }

        return sentences;
    }

    /// <summary>The tokens without clause boundaries.</summary>
    public static string[] Words(string? text) => [.. Tokenize(text).Where(t => t != Boundary)];

    /// <summary>"Café-Large!" is "cafe large".</summary>
    public static string Normalize(string? text) => string.Join(' ', Words(text));

    /// <summary>True when <paramref name="phrase"/> occurs at <paramref name="start"/> in <paramref name="tokens"/>.</summary>
    public static bool At(string[] tokens, int start, string[] phrase) =>
        start >= 0 && start + phrase.Length <= tokens.Length && tokens.AsSpan(start, phrase.Length).SequenceEqual(phrase);

    /// <summary>True when <paramref name="phrase"/> occurs anywhere in <paramref name="tokens"/>.</summary>
    public static bool Contains(string[] tokens, string[] phrase) =>
        phrase.Length > 0 && tokens.AsSpan().IndexOf(phrase) >= 0;

    private static void Flush(StringBuilder word, int start, int end, List<(string Token, int Start, int End)> tokens)
    {
        if (word.Length > 0)
        {
            tokens.Add((word.ToString(), start, end));
            word.Clear();
        }
    }
}
