using Bot.Core.Turns;
using Bot.Dialogs.Prompts;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// The one reading of this turn's message, kept in turn state: the bot, the interruption handlers,
/// the interview and the prompts all look at the same value instead of parsing the text again.
/// </summary>
public static class TurnReading
{
    private static readonly TurnStateKey<MessageReading> Key = new("advisor.reading");

    /// <summary>
    /// The reading of the turn's message (its text, or a card submit's text), read on first use. A welcome
    /// button's title typed rather than pressed ("try an example") is read as what the button sends.
    /// </summary>
    public static MessageReading Of(ITurnContext turn, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(time);
        if (turn.TurnState.Get(Key) is { } reading)
        {
            return reading;
        }

        reading = MessageReader.Read(WelcomeButtons.Sent(PromptInput.GetText(turn.Activity)), turn.Activity.LocalTimestamp ?? time.GetLocalNow());
        turn.TurnState.Set(Key, reading);
        return reading;
    }

    /// <summary>The reading of <paramref name="text"/>: the turn's own when it is the turn's text, else read now (a prompt's view of a card submit).</summary>
    public static MessageReading Of(ITurnContext turn, TimeProvider time, string text)
    {
        var reading = Of(turn, time);
        return string.Equals(reading.Text, text, StringComparison.Ordinal)
            ? reading
            : MessageReader.Read(text, turn.Activity.LocalTimestamp ?? time.GetLocalNow());
    }
}
