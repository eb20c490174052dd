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
    /// <summary>A description longer than this is read up to here (about five pages of text; the bot says so).</summary>
    public const int MaxChars = 8_000;

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
        // A button title ("Large (11+)") states its option, whichever prompt it was typed or pressed at.
        var button = QuestionButtons.OptionWithTitle(bounded);
        List<ReadFact> facts = button is not null
            ? [new ReadFact(button.Answer, bounded.Trim())]
            : Quoted(bounded, spans, Corrected(bounded, spans, FactReader.Read(bounded, tokens, cues, reference), reference));
        var familiarity = FamiliarityReader.Read(tokens);
        var asksWhich = ScopeReader.AsksWhichFramework(words);
        var intent = IntentReader.Read(bounded, words, statesFacts: facts.Count > 0 || familiarity is { Denied: false });
        if (facts.TrueForAll(f => f.Asked) && familiarity is null && IntentReader.NamedFramework(words) is null
            && ((intent == Intent.None && facts.Count > 0 && IntentReader.Read(bounded, words, statesFacts: false) == Intent.Help) || (intent == Intent.Compare && AsksTheDifferenceBetweenAnswers(words))))
        {
            // "what do you mean by experienced? like years?", "whats the difference between 1-6 months and over 6?":
            // a question about the question (no framework named), whose only facts are the words it asks about,
            // answers nothing. Two testers had theirs recorded as answers.
            intent = Intent.Help;
            facts = [];
        }

        return new MessageReading
        {
            Text = bounded,
            Truncated = text.Length > MaxChars,
            Tokens = tokens,
            Spans = spans,
            Cues = cues,
            Intent = intent,
            Facts = facts,
            Familiarity = familiarity is { Denied: false } known ? known.Framework : null,
            FamiliarityWords = familiarity is { Denied: false } ? Quote.From(bounded, spans, familiarity.Value.Words) : null,
            DeniedFamiliarity = familiarity is { Denied: true } denied ? denied.Framework : null,
            NamedFramework = IntentReader.NamedFramework(words),
            AsksWhichFramework = asksWhich,
            OtherTechnology = ScopeReader.OtherTechnology(bounded, words),
            NotEnglish = ScopeReader.IsNotEnglish(words),
            NotWeb = ScopeReader.IsNotWeb(words),
            AsksWhatIf = ScopeReader.AsksWhatIf(words),
            AsksForAnswers = ScopeReader.AsksForAnswers(words),
            SaysKeep = Lexicon.KeepAnswer.Any(p => TextTokens.Contains(words, p)),
            SaysUnsure = Lexicon.Unsure.Any(p => TextTokens.Contains(words, p)),
            ButtonOf = button?.Question,
            StartsAnotherProject = intent is Intent.None or Intent.StartOver && facts.Count > 0 && StartsAnotherProject(tokens),
        };
    }

    /// <summary>
    /// "whats the difference between medium and large", "… between 1-6 months and over 6": between the bot's own
    /// answers (a size, a time, a level), not between the frameworks ("between these two", "the frameworks").
    /// </summary>
    private static bool AsksTheDifferenceBetweenAnswers(string[] words)
    {
        var at = Array.IndexOf(words, "between");
        return at > 0 && words[at - 1] == "difference"
            && !words.Skip(at + 1).Take(2).Any(w => w is "frameworks" or "these" or "those" or "them" or "both" or "two" or "2" or "django" or "flask")
            && words.Skip(at + 1).Take(6).Any(w => Lexicon.AnswerWords.Contains(w) || w.All(char.IsAsciiDigit));
    }

    /// <summary>
    /// "ok different project now: …", "Now a different project entirely: …", "actually forget that one, let's talk
    /// about my other idea: …", "restart: small api, 2 devs": the head of the message leaves the old project. "The
    /// new project is an online shop" and "a new project management app" describe one.
    /// </summary>
    private static bool StartsAnotherProject(string[] tokens)
    {
        var i = 0;
        while (i < tokens.Length && i < 4 && (Lexicon.LeadFillers.Contains(tokens[i]) || tokens[i] == TextTokens.Boundary))
        {
            i++;
        }

        if (Lexicon.Restarts.Any(p => TextTokens.At(tokens, i, p)))
        {
            return true;
        }

        var at = i < tokens.Length && tokens[i] is "a" or "an" ? i + 1 : i;
        if (Lexicon.AnotherProject.FirstOrDefault(p => TextTokens.At(tokens, at, p)) is not { } phrase)
        {
            return false;
        }

        // "a new project management app" is a kind of project; "a new project, 3 devs" and "new project: a shop" leave the old one.
        var next = at + phrase.Length < tokens.Length ? tokens[at + phrase.Length] : TextTokens.Boundary;
        return phrase is not ["new", "project"] || next == TextTokens.Boundary
            || next is "now" or "entirely" or "unrelated" or "a" or "an" or "the" or "we" or "it" or "its" or "i" or "im" or "my" or "our";
    }

    /// <summary>
    /// "3 devs, no wait, 8 devs", "2 weeks, sorry I mean 2 months": what follows a correction replaces
    /// what came before it, question by question. Each correction's rest of the message is read again.
    /// </summary>
    private static List<ReadFact> Corrected(string text, List<(string Token, int Start, int End)> spans, List<ReadFact> facts, DateTimeOffset reference)
    {
        if (facts.Count == 0)
        {
            return facts;
        }

        var tokens = spans.ConvertAll(s => s.Token).ToArray();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (Lexicon.Corrections.FirstOrDefault(c => TextTokens.At(tokens, i, c)) is not { } correction || i + correction.Length >= spans.Count)
            {
                continue;
            }

            var from = i + correction.Length;
            while (from < spans.Count - 1 && spans[from].Token == TextTokens.Boundary)
            {
                from++; // "5 devs, no wait, 3": the comma is not the correction
            }

            var rest = text[spans[from].Start..];
            var restTokens = TextTokens.Tokenize(rest);
            var later = FactReader.Read(rest, restTokens, CueFinder.Facts.Find(restTokens), reference);
            if (later.TrueForAll(l => l.Question != Question.Size) && BareNumber(restTokens) is { } count
                && facts.Find(f => f.Question == Question.Size) is { } size && HasNumber(size.Words))
            {
                later.Add(new ReadFact(AnswerScales.SizeFromTeamSize(count), restTokens[0])); // "we're 4 devs, sorry I mean 8"
            }

            facts = [.. facts.Where(f => later.TrueForAll(l => l.Question != f.Question)).Concat(later).OrderBy(f => f.Question)];
        }

        return facts;
    }

    /// <summary>The number a correction is ("8" in "sorry I mean 8."), when it stands alone and is a plausible head count.</summary>
    // "sorry I mean 8", "no wait, 4 since Marco is leaving": a number first, then at most a reason, no unit.
    private static int? BareNumber(string[] tokens) =>
        tokens.Length > 0 && TeamSizeReader.Number(tokens, 0) is { Value: >= 1 and <= 10_000 } number
        && (number.End == tokens.Length || tokens[number.End] == TextTokens.Boundary || tokens[number.End] is "since" or "because" or "as" or "now")
            ? number.Value
            : null;

    private static bool HasNumber(string words)
    {
        var tokens = TextTokens.Words(words);
        return Enumerable.Range(0, tokens.Length).Any(k => TeamSizeReader.Number(tokens, k) is not null);
    }

    /// <summary>Each fact in the words as typed, and marked when it was read from a sentence that asks.</summary>
    private static List<ReadFact> Quoted(string text, List<(string Token, int Start, int End)> spans, List<ReadFact> facts)
    {
        var asking = facts.Count > 0 ? QuestionSentences.Find(text) : [];
        return facts.ConvertAll(f =>
        {
            var at = Quote.Locate(text, spans, f.Words);
            return f with { Words = at is { } found ? text[found.Start..found.End] : f.Words, Asked = QuestionSentences.Contains(asking, at) };
        });
    }
}
