using Advisor.Dialogs.Interview;
using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// Reads one message into a <see cref="MessageReading"/>: tokenized once, lexicon cues found once,
/// head count and timeline read once, and everything else derived from those. Only the first
/// <see cref="MaxChars"/> characters are read, so no message, however long, costs more than that.
/// </summary>
public static class MessageReader
{
    /// <summary>A description longer than this is read up to here (about a page of text).</summary>
    public const int MaxChars = 2_000;

    public static MessageReading Read(string? text, DateTimeOffset reference)
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
        // A button title ("Large (11+)") states its option, whichever prompt it was typed or pressed at.
        var button = QuestionButtons.OptionWithTitle(bounded);
        List<ReadFact> facts = button is not null
            ? [new ReadFact(button.Answer, bounded.Trim())]
            : [.. FactReader.Read(bounded, tokens, cues, reference).Select(f => f with { Words = Quote.From(bounded, spans, f.Words) })];
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
            ButtonOf = button?.Question,
        };
    }
}
