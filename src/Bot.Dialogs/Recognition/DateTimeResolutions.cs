using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;

namespace Bot.Dialogs.Recognition;

/// <summary>One resolved value of a Recognizers.Text DateTime match: type, timex and the ISO fields it filled.</summary>
internal sealed record DateTimeResolution(string Text, string Type, string? Timex, string? Value, string? Start, string? End, string? Mod)
{
    public DateOnly? ValueDate => ParseDate(Value);

    public DateOnly? StartDate => ParseDate(Start);

    public DateOnly? EndDate => ParseDate(End);

    private static DateOnly? ParseDate(string? iso) =>
        iso is { Length: >= 10 } && DateOnly.TryParseExact(iso.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}

/// <summary>
/// Runs the DateTime model after spelling out sprints, and flattens its resolutions. Texts that cannot
/// hold a date (<see cref="DateTimeCues"/>) skip the model; the same text at the same reference time
/// (a message read by several readers in one turn, a button label read with a fixed reference) is
/// parsed once (issue 16).
/// </summary>
internal static partial class DateTimeResolutions
{
    /// <summary>A sprint is two weeks (issue 4): "two sprints" is read as "4 weeks".</summary>
    public const int DaysPerSprint = 14;

    private const int CacheCapacity = 4096;
    private static readonly RecognitionCache<(string Text, DateTime Reference), IReadOnlyList<DateTimeResolution>> s_cache = new(CacheCapacity);

    /// <summary>The resolutions in the order the model gives them; shared, so never to be changed.</summary>
    public static IReadOnlyList<DateTimeResolution> Parse(string text, DateTimeOffset reference) =>
        DateTimeCues.CanHold(text) ? s_cache.GetOrAdd((text, reference.DateTime), key => RunModel(key.Text, key.Reference)) : [];

    /// <summary>The model's resolutions, uncached and without the pre-check.</summary>
    internal static List<DateTimeResolution> RunModel(string text, DateTime reference)
    {
        var list = new List<DateTimeResolution>();
        var results = RecognitionLimits.Parse(text, bounded => InUsersWords(bounded, reference).ToList());
        foreach (var (result, words) in results)
        {
            if (result.Resolution?.GetValueOrDefault("values") is not IEnumerable values)
            {
                continue;
            }

            foreach (var item in values.OfType<IReadOnlyDictionary<string, string>>())
            {
                list.Add(new DateTimeResolution(
                    words,
                    item.GetValueOrDefault("type") ?? string.Empty,
                    item.GetValueOrDefault("timex"),
                    item.GetValueOrDefault(ResolutionKey.Value),
                    item.GetValueOrDefault("start"),
                    item.GetValueOrDefault("end"),
                    item.GetValueOrDefault("Mod")));
            }
        }

        return list;
    }

    /// <summary>
    /// The model's results on the text with sprints spelled out, each with the words the user wrote: "2 sprints"
    /// is read as "4 weeks" but quoted back as "2 sprints" (a tester was shown words they never typed).
    /// </summary>
    private static IEnumerable<(ModelResult Result, string Words)> InUsersWords(string text, DateTime reference)
    {
        var edits = new List<(int Start, int End, int OriginalStart, int OriginalEnd)>();
        var shift = 0;
        var spelled = SprintPattern().Replace(text, match =>
        {
            var weeks = SpellOutSprints(match);
            edits.Add((match.Index + shift, match.Index + shift + weeks.Length, match.Index, match.Index + match.Length));
            shift += weeks.Length - match.Length;
            return weeks;
        });
        foreach (var result in RecognizerModels.DateTime.Parse(spelled, reference))
        {
            var start = Original(result.Start, edits, atEnd: false);
            var end = Original(result.End + 1, edits, atEnd: true);
            yield return (result, edits.Count == 0 || start < 0 || end > text.Length || start >= end ? result.Text : text[start..end]);
        }
    }

    // A position in the spelled-out text, in the text as written; inside a spelled-out phrase, that phrase's start or end.
    private static int Original(int position, List<(int Start, int End, int OriginalStart, int OriginalEnd)> edits, bool atEnd)
    {
        var shift = 0;
        foreach (var (start, end, originalStart, originalEnd) in edits)
        {
            if (position <= start || (atEnd && position == start))
            {
                break;
            }

            if (position < end || (atEnd && position == end))
            {
                return atEnd ? originalEnd : originalStart;
            }

            shift += (end - start) - (originalEnd - originalStart);
        }

        return position - shift;
    }

    private static string SpellOutSprints(Match match)
    {
        var count = match.Groups["n"].Value.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1,
            "a couple of" or "couple of" => 2,
            "a few" or "few" => 3,
            var n => NumberRecognizer.RecognizeDecimal(n) ?? 0,
        };
        return count <= 0
            ? match.Value
            : string.Create(CultureInfo.InvariantCulture, $"{count * DaysPerSprint / 7} weeks");
    }

    [GeneratedRegex(@"\b(?<n>\d+(?:\.\d+)?|a couple of|couple of|a few|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+sprints?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SprintPattern();
}
