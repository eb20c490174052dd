using System.Text.RegularExpressions;

namespace Bot.Dialogs.Recognition;

/// <summary>
/// Bounds on the work the recognizers do for one message (issue 13, R1). Recognizers.Text's
/// duration merging grows with the square of the text and runs in the regex interpreter, so a long
/// message of duration phrases could keep a core busy for minutes. The recognizers therefore read
/// only the first <see cref="MaxTextLength"/> characters (an answer to a question is far shorter),
/// and every library regex gives up after <see cref="MatchTimeout"/>, which reads as "nothing recognized".
/// </summary>
public static class RecognitionLimits
{
    /// <summary>How much of a message the recognizers read.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>The process-wide match time-out of regexes that set none themselves (Recognizers.Text's).</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    /// <summary>The runtime's AppContext key for the default regex match time-out; it must hold a TimeSpan.</summary>
    private const string DefaultMatchTimeoutKey = "REGEX_DEFAULT_MATCH_TIMEOUT";

    /// <summary>
    /// Sets the process-wide regex match time-out. The runtime reads it once, when the first regex is
    /// made, and only as a <see cref="TimeSpan"/> object: a runtimeconfig.json value is a string and makes
    /// every regex throw, so this must run first thing in Main. Returns whether it took effect.
    /// </summary>
    public static bool ApplyProcessMatchTimeout()
    {
        if (AppContext.GetData(DefaultMatchTimeoutKey) is null)
        {
            AppDomain.CurrentDomain.SetData(DefaultMatchTimeoutKey, MatchTimeout);
        }

        return new Regex("^$").MatchTimeout == MatchTimeout;
    }

    /// <summary>Runs <paramref name="model"/> on the bounded prefix of <paramref name="text"/>; a regex time-out recognizes nothing.</summary>
    internal static List<T> Parse<T>(string text, Func<string, List<T>> model)
    {
        var bounded = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        try
        {
            return model(bounded);
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }
}
