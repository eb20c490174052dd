using System.Globalization;
using System.Text;

namespace Bot.Dialogs.Formatting;

/// <summary>
/// Builds multi-line message text that renders as intended where <c>textFormat</c> is Markdown (the
/// default): Web Chat and the Emulator render with markdown-it and <c>breaks: false</c>, so a single
/// <c>\n</c> is a space (issue 12), and Teams text messages show lists too (protocol doc §6.5).
/// Blocks are therefore separated by a blank line, and list items are real Markdown list items.
/// </summary>
public static class Markdown
{
    private const string BlockBreak = "\n\n";

    /// <summary>Blocks (paragraphs or lists) separated by blank lines; null or empty blocks are left out.</summary>
    public static string Blocks(params IEnumerable<string?> blocks) =>
        string.Join(BlockBreak, blocks.Where(b => !string.IsNullOrWhiteSpace(b)));

    /// <summary>A bulleted list (<c>- item</c> lines), each item escaped so it shows as written.</summary>
    public static string BulletList(IEnumerable<string> items) =>
        string.Join('\n', items.Select(item => "- " + Escape(item)));

    /// <summary>A numbered list (<c>1. item</c> lines), each item escaped so it shows as written.</summary>
    public static string NumberedList(IEnumerable<string> items) =>
        string.Join('\n', items.Select((item, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {Escape(item)}")));

    /// <summary>
    /// Backslash-escapes the characters Markdown would read as emphasis, code, links or HTML (Web Chat
    /// renders HTML in Markdown unless told otherwise), so text from data shows exactly as written.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
