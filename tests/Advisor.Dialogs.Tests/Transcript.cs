using System.Text.Json;
using Bot.Core.Schema;

namespace Advisor.Dialogs.Tests;

/// <summary>
/// A conversation scenario in a readable file. Lines:
/// <code>
/// # comment                      (ignored)
/// @channel msteams               settings, before the first turn: @channel, @group true
/// &gt; some text                   the user types it
/// &gt; [join]                      the user joins (conversationUpdate); [install] Teams installs the app
/// &gt; [submit] {"advisor":"why"}  a card submit: value only, no text
/// &gt; [mention] help              Teams text with the bot's &lt;at&gt; mention in front, plus its mention entity
/// &gt; [press] Medium (4–10)       a press of the reply just read's card button with this title: what the button sends, no mention
/// &lt; words                       the next reply's text contains these words
/// &lt; card: words                 the reply just read carries an Adaptive Card with these words in a text or title
/// &lt; buttons: A | B | C          the reply just read offers exactly these buttons (suggested actions or card buttons)
/// &lt; choices: A | B | C          the reply just read carries a choice-set card with exactly these choices
/// &lt; (nothing)                   the bot stays silent this turn
/// </code>
/// Every reply must be read before the next user line, so a transcript lists everything the bot says.
/// </summary>
internal sealed record Transcript(string Name, string Channel, bool IsGroup, IReadOnlyList<(int Line, string Text)> Lines)
{
    public static Transcript Load(string path)
    {
        var lines = File.ReadAllLines(path).Select((text, i) => (Line: i + 1, Text: text.Trim())).Where(l => l.Text.Length > 0 && !l.Text.StartsWith('#')).ToList();
        var channel = lines.Where(l => l.Text.StartsWith("@channel ", StringComparison.Ordinal)).Select(l => l.Text[9..].Trim()).FirstOrDefault() ?? Channels.Test;
        var group = lines.Any(l => l.Text == "@group true");
        return new Transcript(Path.GetFileNameWithoutExtension(path), channel, group, [.. lines.Where(l => !l.Text.StartsWith('@'))]);
    }

    public async Task ReplayAsync()
    {
        var harness = new AdvisorHarness(Channel);
        if (IsGroup)
        {
            harness.Adapter.Conversation.IsGroup = true;
            harness.Adapter.Conversation.ConversationType = "groupChat";
        }

        var pending = new Queue<Activity>();
        Activity? last = null;
        foreach (var (line, text) in Lines)
        {
            var where = $"{Name}.transcript line {line}";
            if (text.StartsWith('>'))
            {
                Assert.True(pending.Count == 0, $"{where}: unread replies before the user speaks: {Describe(pending)}");
                await harness.SendAsync(UserActivity(harness, text[1..].Trim(), last, where));
                foreach (var reply in harness.DrainReplies())
                {
                    pending.Enqueue(reply);
                }
            }
            else if (text.StartsWith('<'))
            {
                last = Expect(where, text[1..].Trim(), pending, last);
            }
            else
            {
                Assert.Fail($"{where}: a line must start with >, < , # or @.");
            }
        }

        Assert.True(pending.Count == 0, $"{Name}: unread replies at the end: {Describe(pending)}");
    }

    private static Activity? Expect(string where, string expectation, Queue<Activity> pending, Activity? last)
    {
        if (expectation == "(nothing)")
        {
            Assert.True(pending.Count == 0, $"{where}: expected silence, got {Describe(pending)}");
            return last;
        }

        if (expectation.StartsWith("buttons:", StringComparison.Ordinal))
        {
            Assert.True(last is not null, $"{where}: buttons of which reply?");
            var expected = expectation[8..].Split('|', StringSplitOptions.TrimEntries);
            Assert.True(expected.SequenceEqual(Buttons(last)), $"{where}: expected buttons [{string.Join(" | ", expected)}], got [{string.Join(" | ", Buttons(last))}]");
            return last;
        }

        if (expectation.StartsWith("choices:", StringComparison.Ordinal))
        {
            Assert.True(last is not null, $"{where}: choices of which reply?");
            var expected = expectation[8..].Split('|', StringSplitOptions.TrimEntries);
            Assert.True(expected.SequenceEqual(Choices(last)), $"{where}: expected choices [{string.Join(" | ", expected)}], got [{string.Join(" | ", Choices(last))}]");
            return last;
        }

        if (expectation.StartsWith("card:", StringComparison.Ordinal))
        {
            var card = last?.Attachments?.FirstOrDefault(a => a.ContentType == AttachmentContentTypes.AdaptiveCard);
            Assert.True(card is not null, $"{where}: expected the reply just read to carry a card, got text '{last?.Text}'.");
            var texts = CardTexts(card.Content!.Value).ToList();
            Assert.True(texts.Any(t => t.Contains(expectation[5..].Trim(), StringComparison.Ordinal)), $"{where}: card lacks '{expectation[5..].Trim()}': {string.Join(" / ", texts)}");
            return last;
        }

        Assert.True(pending.Count > 0, $"{where}: expected a reply '{expectation}', but the bot said nothing more.");
        var reply = pending.Dequeue();
        Assert.True(reply.Text?.Contains(expectation, StringComparison.Ordinal) == true, $"{where}: expected '{expectation}', got '{reply.Text}'.");
        return reply;
    }

    /// <summary>Every string in a card: its texts and button titles.</summary>
    private static IEnumerable<string> CardTexts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => CardTexts(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(CardTexts),
        _ => [],
    };

    private static Activity UserActivity(AdvisorHarness harness, string line, Activity? last, string where)
    {
        if (line.StartsWith("[press]", StringComparison.Ordinal))
        {
            return Press(last, line[7..].Trim(), where);
        }

        if (line == "[join]")
        {
            return new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [harness.Adapter.User, harness.Adapter.Bot] };
        }

        if (line == "[install]")
        {
            return new Activity { Type = ActivityTypes.InstallationUpdate, Action = "add" };
        }

        if (line.StartsWith("[submit]", StringComparison.Ordinal))
        {
            return new Activity { Type = ActivityTypes.Message, Value = JsonDocument.Parse(line[8..].Trim()).RootElement.Clone() };
        }

        if (line.StartsWith("[mention]", StringComparison.Ordinal))
        {
            var markup = $"<at>{harness.Adapter.Bot.Name}</at>";
            var mentioned = JsonSerializer.SerializeToElement(harness.Adapter.Bot, BotJsonContext.Default.ChannelAccount);
            return new Activity
            {
                Type = ActivityTypes.Message,
                Text = $"{markup} {line[9..].Trim()}",
                Entities = [new Entity { Type = "mention", Properties = new Dictionary<string, JsonElement> { ["mentioned"] = mentioned, ["text"] = JsonSerializer.SerializeToElement(markup, BotJsonContext.Default.String) } }],
            };
        }

        return harness.Adapter.MakeMessage(line);
    }

    private static IEnumerable<string> Buttons(Activity reply)
    {
        if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
        {
            return actions.Select(a => a.Title ?? "");
        }

        var content = reply.Attachments?.FirstOrDefault()?.Content;
        if (content is { } json && json.TryGetProperty("buttons", out var buttons))
        {
            return buttons.EnumerateArray().Select(b => b.GetProperty("title").GetString() ?? "");
        }

        if (content is { } card && card.TryGetProperty("actions", out var cardActions))
        {
            return cardActions.EnumerateArray().Select(b => b.GetProperty("title").GetString() ?? "");
        }

        return [];
    }

    /// <summary>What a hero card button sends when pressed (protocol doc §1.6): imBack its value as text; messageBack its text and value.</summary>
    private static Activity Press(Activity? reply, string title, string where)
    {
        var content = reply?.Attachments?.FirstOrDefault(a => a.ContentType == AttachmentContentTypes.HeroCard)?.Content;
        Assert.True(content is not null, $"{where}: the reply just read has no card buttons to press.");
        var button = content.Value.GetProperty("buttons").EnumerateArray().FirstOrDefault(b => b.GetProperty("title").GetString() == title);
        Assert.True(button.ValueKind == JsonValueKind.Object, $"{where}: no button titled '{title}'.");
        return button.GetProperty("type").GetString() == ActionTypes.MessageBack
            ? new Activity { Type = ActivityTypes.Message, Text = button.TryGetProperty("text", out var text) ? text.GetString() : null, Value = button.GetProperty("value").Clone() }
            : new Activity { Type = ActivityTypes.Message, Text = button.GetProperty("value").GetString() };
    }

    /// <summary>The choices of a choice-set card (an Input.ChoiceSet in its body).</summary>
    private static IEnumerable<string> Choices(Activity reply) =>
        reply.Attachments?.Where(a => a.ContentType == AttachmentContentTypes.AdaptiveCard)
            .SelectMany(a => a.Content!.Value.GetProperty("body").EnumerateArray())
            .Where(item => item.GetProperty("type").GetString() == "Input.ChoiceSet")
            .SelectMany(item => item.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("title").GetString() ?? ""))
        ?? [];

    private static string Describe(IEnumerable<Activity> replies) => string.Join(" / ", replies.Select(r => $"'{r.Text}'"));
}
