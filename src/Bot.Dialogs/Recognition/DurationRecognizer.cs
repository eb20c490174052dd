namespace Bot.Dialogs.Recognition;

/// <summary>A recognized length of time, and the words it came from.</summary>
public sealed record RecognizedDuration(TimeSpan Duration, string Text, string? Timex);

/// <summary>
/// How long something takes, on Recognizers.Text DateTime: "3 months", "six weeks", "a year",
/// "in two sprints". Units as the recognizer counts them: a month is 30 days, a year 365 days;
/// a sprint is 14 days (ours). A date or deadline ("by March 1st", "end of next quarter") counts
/// as the time from <c>reference</c>'s date until it. The commonest forms ("6 months", "in 3 weeks")
/// are read by <see cref="CommonDurations"/> without the model (issue 16). Pure and thread-safe.
/// </summary>
public static class DurationRecognizer
{
    public static RecognizedDuration? Recognize(string? text, DateTimeOffset reference)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return CommonDurations.TryRead(text, reference, out var common) ? common : RecognizeWithModel(text, reference);
    }

    /// <summary>The Recognizers.Text reading, without <see cref="CommonDurations"/>.</summary>
    internal static RecognizedDuration? RecognizeWithModel(string text, DateTimeOffset reference)
    {
        var today = DateOnly.FromDateTime(reference.DateTime);
        foreach (var resolution in DateTimeResolutions.Parse(text, reference))
        {
            if (resolution.Type == "duration"
                && double.TryParse(resolution.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                && seconds > 0)
            {
                return new RecognizedDuration(TimeSpan.FromSeconds(seconds), resolution.Text, resolution.Timex);
            }

            if (DateRecognizer.Resolve(resolution, text, reference) is { } date && date > today)
            {
                return new RecognizedDuration(TimeSpan.FromDays(date.DayNumber - today.DayNumber), resolution.Text, resolution.Timex);
            }
        }

        return null;
    }
}
