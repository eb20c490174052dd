using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// The framework a user means to go with, said after a verdict: "I still prefer Flask, can we go with it?",
/// "our lead dev hates Django and wants Flask", "leaning Flask unless there's a strong reason not to". The
/// framework is the one the preference names (after its phrase, or before it for "go with it"); a denied
/// preference ("we don't want to go with django"), a question to the bot ("do you prefer flask?"), a why-not
/// and a message that states project facts are not one.
/// </summary>
public static class PreferenceReader
{
    private const int Reach = 4;

    public static Framework? Read(MessageReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.AsksWhatIf || reading.StatesFacts || reading.Intent is Intent.Why or Intent.WhyNot or Intent.Compare)
        {
            return null;
        }

        var tokens = reading.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (Lexicon.Preferences.FirstOrDefault(p => TextTokens.At(tokens, k, p)) is not { } phrase || IsDeniedOrAsked(tokens, k))
            {
                continue;
            }

            var end = k + phrase.Length;
            for (var j = end; j < tokens.Length && j < end + Reach && tokens[j] != TextTokens.Boundary; j++)
            {
                if (IntentReader.NamedFramework([tokens[j]]) is { } after)
                {
                    return after;
                }

                if (tokens[j] is "it" or "that" && reading.NamedFramework is { } before)
                {
                    return before; // "I still prefer Flask, can we go with it?"
                }
            }
        }

        return null;
    }

    /// <summary>"we don't want to go with django", "do you prefer flask?": a preference denied, or asked of the bot.</summary>
    private static bool IsDeniedOrAsked(string[] tokens, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3 && tokens[j] != TextTokens.Boundary; j--)
        {
            if (Lexicon.Negators.Contains(tokens[j]) || tokens[j] == "you")
            {
                return true;
            }
        }

        return false;
    }
}
