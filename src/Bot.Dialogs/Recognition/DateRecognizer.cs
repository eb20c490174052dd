namespace Bot.Dialogs.Recognition;

/// <summary>A recognized calendar date, and the words it came from.</summary>
public sealed record RecognizedDate(DateOnly Date, string Text, string? Timex);

/// <summary>
/// A date or deadline on Recognizers.Text DateTime, resolved against a reference time (the
/// activity's local timestamp, so tests pass a fake clock): "by March 1st" is that day, "end of
/// next quarter" the range's last day, a range from today ("within 6 weeks") its end, a range otherwise its first day, a duration ("six weeks")
/// that long after the reference. Of several readings ("March 1st" last or next year) the first
/// not before the reference date wins. Pure and thread-safe.
/// </summary>
public static class DateRecognizer
{
    public static RecognizedDate? Recognize(string? text, DateTimeOffset reference)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var today = DateOnly.FromDateTime(reference.DateTime);
        RecognizedDate? fallback = null;
        foreach (var resolution in DateTimeResolutions.Parse(text, reference))
        {
            if (Resolve(resolution, text, reference) is not { } date)
            {
                continue;
            }

            var found = new RecognizedDate(date, resolution.Text, resolution.Timex);
            if (date >= today)
            {
                return found;
            }

            fallback = found;
        }

        return fallback;
    }

    internal static DateOnly? Resolve(DateTimeResolution resolution, string text, DateTimeOffset reference)
    {
        var endOf = text.Contains("end of", StringComparison.OrdinalIgnoreCase);
        return resolution.Type switch
        {
            "date" or "datetime" => resolution.ValueDate,
            "daterange" or "datetimerange" when resolution.Mod is "before" or "until" => resolution.EndDate ?? resolution.ValueDate,
            "daterange" or "datetimerange" when endOf => resolution.EndDate?.AddDays(-1),
            "daterange" or "datetimerange" when resolution.StartDate <= DateOnly.FromDateTime(reference.DateTime) => resolution.EndDate,
            "daterange" or "datetimerange" => resolution.StartDate,
            "duration" when double.TryParse(resolution.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
                => DateOnly.FromDateTime(reference.DateTime.AddSeconds(seconds)),
            _ => null,
        };
    }
}
