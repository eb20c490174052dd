using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace Bot.Dialogs.Recognition;

/// <summary>
/// The Recognizers.Text models, built once per process on first use (building them takes hundreds
/// of milliseconds; <see cref="Hosting.RecognizerWarmUpService"/> pays that at start-up). English
/// only for now. The models are immutable after construction and safe to share across threads.
/// </summary>
internal static class RecognizerModels
{
    private static readonly Lazy<IModel> s_number = new(() => Create(() => new Microsoft.Recognizers.Text.Number.NumberRecognizer(Culture.English).GetNumberModel()));
    private static readonly Lazy<IModel> s_ordinal = new(() => Create(() => new Microsoft.Recognizers.Text.Number.NumberRecognizer(Culture.English).GetOrdinalModel()));
    private static readonly Lazy<DateTimeModel> s_dateTime = new(() => Create(() => new DateTimeRecognizer(Culture.English).GetDateTimeModel()));

    public static IModel Number => s_number.Value;

    public static IModel Ordinal => s_ordinal.Value;

    public static DateTimeModel DateTime => s_dateTime.Value;

    /// <summary>
    /// Recognizers.Text constructs <c>CultureInfo("en-us")</c>. Under InvariantGlobalization that
    /// throws unless the app sets PredefinedCulturesOnly=false; say so instead of a bare culture error.
    /// </summary>
    private static T Create<T>(Func<T> factory)
    {
        try
        {
            return factory();
        }
        catch (CultureNotFoundException ex)
        {
            throw new InvalidOperationException(
                "Microsoft.Recognizers.Text needs the 'en-us' culture. An app built with InvariantGlobalization=true must also set <PredefinedCulturesOnly>false</PredefinedCulturesOnly>.",
                ex);
        }
    }
}
