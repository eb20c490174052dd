namespace Advisor.Dialogs.Tests.Interview;

/// <summary>
/// A long description is read, not dropped (a tester's 2,353-character charity description got "Let's work
/// it out together"): facts near its end are echoed, a timeline past the recognizers' 1,000 characters is
/// found, and a message past the reading bound is answered with a note that only its start was read.
/// </summary>
public sealed class LongMessageTests
{
    private const string Filler = "Our volunteers organise food parcels and coordinate drivers across the county every weekend, and the coordinators keep notes about routes and parcels. ";

    [Fact]
    public async Task LongDescription_FactsNearItsEnd_AreEchoed()
    {
        var text = string.Concat(Enumerable.Repeat(Filler, 16)) + "We have 6 developers, it's an online shop, we take credit card payments, launch in 2 months.";
        Assert.InRange(text.Length, 2_001, 8_000);

        var echo = await FirstEchoAsync(text);

        Assert.Contains("“6 developers” → a medium-sized project", echo, StringComparison.Ordinal);
        Assert.Contains("“in 2 months” → one to six months", echo, StringComparison.Ordinal);
        Assert.Contains("“credit card” → high security", echo, StringComparison.Ordinal);
        Assert.Contains("“online shop” → an e-commerce platform", echo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimelineAfterTheFirstThousandCharacters_IsRead()
    {
        var text = string.Concat(Enumerable.Repeat(Filler, 8)) + "Launch in 2 months. We are 6 developers.";
        Assert.InRange(text.Length, 1_001, 2_000);

        Assert.Contains("“in 2 months” → one to six months", await FirstEchoAsync(text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessagePastTheBound_IsAnsweredWithANote()
    {
        var text = "We are 6 developers building an online shop. " + string.Concat(Enumerable.Repeat(Filler, 60));
        var harness = new AdvisorHarness();

        await harness.SendAsync(harness.Adapter.MakeMessage(text));

        var replies = harness.DrainReplies().Select(r => r.Text ?? "").ToList();
        Assert.Contains(replies, r => r.StartsWith("That's a long message: I read the first 8,000 characters.", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains("“6 developers” → a medium-sized project", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DescriptionEndingInAQuestion_IsRead_NotAnsweredAsATopic()
    {
        const string Text = "I run IT for a small charity. Staff log in to see client notes, including health notes. I am the only developer "
            + "and I've built a couple of small Flask sites. We need it before the annual general meeting in April. What would you suggest?";

        var echo = await FirstEchoAsync(Text);

        Assert.Contains("“only developer” → a small project", echo, StringComparison.Ordinal);
        Assert.Contains("“health” → high security", echo, StringComparison.Ordinal);
    }

    private static async Task<string> FirstEchoAsync(string text)
    {
        var harness = new AdvisorHarness();
        await harness.SendAsync(harness.Adapter.MakeMessage(text));
        return harness.DrainReplies().Select(r => r.Text ?? "").FirstOrDefault(r => r.StartsWith("Got it:", StringComparison.Ordinal)) ?? "(no echo)";
    }
}
