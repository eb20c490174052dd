using System.Globalization;
using Microsoft.Recognizers.Text;

namespace Bot.Dialogs.Recognition;

/// <summary>
/// Numbers in free text on Recognizers.Text (protocol doc §8.5): "5", "five", "a dozen",
/// "about 20 developers", "1,500". The first number in the text wins. Pure and thread-safe.
/// </summary>
public static class NumberRecognizer
{
    /// <summary>The first number in <paramref name="text"/>, or null.</summary>
    public static decimal? RecognizeDecimal(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var result in RecognitionLimits.Parse(text, RecognizerModels.Number.Parse))
        {
            if (result.Resolution?.TryGetValue(ResolutionKey.Value, out var raw) == true
                && decimal.TryParse(raw as string, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The first number in <paramref name="text"/> when it is a whole number that fits an int, or null ("2.5" is not an int).</summary>
    public static int? RecognizeInt(string? text) =>
        RecognizeDecimal(text) is { } value && decimal.Truncate(value) == value && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : null;
}
