using System.Text;

namespace Bot.Dialogs.Recognition;

/// <summary>Lower-cases, folds accents and splits on anything that is not a letter or digit, for matching.</summary>
internal static class TextNormalizer
{
    // string.Normalize is a no-op under InvariantGlobalization (Directory.Build.props), so Latin
    // accents are folded by table: each char of the first string maps to the char below it.
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Folded = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    /// <summary>"Café-Large!" → "cafe large".</summary>
    public static string Normalize(string? text) => string.Join(' ', Tokenize(text));

    public static string[] Tokenize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var accent = lower < 'à' ? -1 : Accented.IndexOf(lower, StringComparison.Ordinal);
            builder.Append(accent >= 0 ? Folded[accent] : char.IsLetterOrDigit(lower) ? lower : lower == 'ß' ? 's' : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
