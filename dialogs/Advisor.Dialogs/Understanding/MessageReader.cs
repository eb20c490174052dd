using System.Collections.Concurrent;
using Advisor.Dialogs.Interview;
using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// Reads one message into a <see cref="MessageReading"/>: tokenized once, lexicon cues found once,
/// head count and timeline read once, and everything else derived from those. Only the first
/// <see cref="MaxChars"/> characters are read, so no message, however long, costs more than that.
/// A button press is one of a few titles whose reading does not depend on the time: each is read
/// once per process and shared (issue 16: "Over 6 months" ran the DateTime model on every press).
/// </summary>
public static class MessageReader
{
    /// <summary>A description longer than this is read up to here (about a page of text).</summary>
    public const int MaxChars = 2_000;

    /// <summary>Readings of the exact button titles, at most one per title; shared, so never to be changed.</summary>
    private static readonly ConcurrentDictionary<string, MessageReading> s_titleReadings = new(StringComparer.Ordinal);

    public static MessageReading Read(string? text, DateTimeOffset reference) =>
        text is not null && QuestionButtons.IsTitle(text)
            ? s_titleReadings.GetOrAdd(text, title => ReadUncached(title, reference))
            : ReadUncached(text, reference);

    /// <summary>The reading of <paramref name="text"/>, read now.</summary>
    internal static MessageReading ReadUncached(string? text, DateTimeOffset reference)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return MessageReading.Empty;
        }

        var bounded = text.Length > MaxChars ? text[..MaxChars] : text;
        var spans = TextTokens.TokenizeWithSpans(bounded);
        var tokens = spans.Select(s => s.Token).ToArray();
        var words = tokens.Where(t => t != TextTokens.Boundary).ToArray();
        var cues = CueFinder.Facts.Find(tokens);
        var facts = FactReader.Read(bounded, tokens, cues, reference).Select(f => f with { Words = Quote.From(bounded, spans, f.Words) }).ToList();
        var familiarity = FamiliarityReader.Read(tokens);
        var asksWhich = ScopeReader.AsksWhichFramework(words);
        return new MessageReading
        {
            Text = bounded,
            Tokens = tokens,
            Spans = spans,
            Cues = cues,
            Intent = IntentReader.Read(bounded, words, statesFacts: facts.Count > 0 || familiarity is { Denied: false }),
            Facts = facts,
            Familiarity = familiarity is { Denied: false } known ? known.Framework : null,
            FamiliarityWords = familiarity is { Denied: false } ? Quote.From(bounded, spans, familiarity.Value.Words) : null,
            DeniedFamiliarity = familiarity is { Denied: true } denied ? denied.Framework : null,
            NamedFramework = IntentReader.NamedFramework(words),
            AsksWhichFramework = asksWhich,
            OtherTechnology = ScopeReader.OtherTechnology(bounded, words),
            NotEnglish = ScopeReader.IsNotEnglish(words),
            AsksWhatIf = ScopeReader.AsksWhatIf(words),
            AsksForAnswers = ScopeReader.AsksForAnswers(words),
            SaysKeep = Lexicon.KeepAnswer.Any(p => TextTokens.Contains(words, p)),
            SaysUnsure = Lexicon.Unsure.Any(p => TextTokens.Contains(words, p)),
            ButtonOf = QuestionButtons.QuestionWithTitle(bounded),
        };
    }
}
