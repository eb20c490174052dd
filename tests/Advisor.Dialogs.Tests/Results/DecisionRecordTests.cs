using System.Text;
using Advisor.Dialogs.Results;
using Bot.Core.Schema;

namespace Advisor.Dialogs.Tests.Results;

public sealed class DecisionRecordTests
{
    private static readonly string[] Sections =
        ["# Decision record: Flask for ", "## Context", "## Decision", "## Reasons", "## Trade-offs", "## Alternative considered: Django", "## What would change it", "## Source", "Date: 2026-11-25"];

    private const string Description = "A 3-person REST API, due in 3 weeks, internal only, we're beginners";

    /// <summary>Describes the project in <paramref name="messages"/>, then says <paramref name="ask"/>: the one reply to it.</summary>
    private static async Task<Activity> AskAsync(string channelId, string ask, params string[] messages)
    {
        var harness = new AdvisorHarness(channelId);
        foreach (var message in messages)
        {
            await harness.SendAsync(harness.Adapter.MakeMessage(message));
        }

        harness.DrainReplies();
        await harness.SendAsync(harness.Adapter.MakeMessage(ask));
        return Assert.Single(harness.DrainReplies());
    }

    [Fact]
    public async Task Share_InWebChat_SendsADownloadableMarkdownFileWithEverySection()
    {
        var reply = await AskAsync(Channels.WebChat, "share", Description);

        var file = Assert.Single(reply.Attachments!);
        Assert.Equal((DecisionRecord.FileName, "text/markdown"), (file.Name, file.ContentType));
        var markdown = Encoding.UTF8.GetString(Convert.FromBase64String(file.ContentUrl!["data:text/markdown;base64,".Length..]));
        Assert.All(Sections, section => Assert.Contains(section, markdown, StringComparison.Ordinal));
        Assert.Contains("(from “in 3 weeks”)", markdown, StringComparison.Ordinal);
        Assert.Contains("knowledge version", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_HasOneBlankLineBetweenSections_NeverTwo()
    {
        var reply = await AskAsync(Channels.Emulator, "share", Description);

        Assert.DoesNotContain("\n\n\n", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("skip", null)]
    [InlineData("a blog", "- What you're building: “blog”, which the article weighs for neither framework")]
    public async Task Context_LeavesOutANonAnswer_AndGivesAnotherKindOfProjectInTheUsersWords(string answer, string? expected)
    {
        var reply = await AskAsync(Channels.Emulator, "share", "Just me, I'm a beginner, a couple of months, public content", answer);

        var context = reply.Text!.Split("## Decision")[0];
        Assert.DoesNotContain("another kind of project", context, StringComparison.Ordinal);
        Assert.DoesNotContain("“skip”", context, StringComparison.Ordinal);
        if (expected is not null)
        {
            Assert.Contains(expected, context, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Source_NamesTheArticleAReaderUnderstands_AndTheKnowledgeVersion_NeverTheFileName()
    {
        var reply = await AskAsync(Channels.Emulator, "share", Description);

        var source = reply.Text!.Split("## Source")[1];
        Assert.Contains(Advisor.Knowledge.SourceArticle.Description, source, StringComparison.Ordinal);
        Assert.Contains($"knowledge version {Advisor.Knowledge.KnowledgeBase.Version}", source, StringComparison.Ordinal);
        Assert.DoesNotContain(Advisor.Knowledge.KnowledgeBase.SeedFile, source, StringComparison.Ordinal);
        Assert.DoesNotContain("seed", source, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Export_InTheEmulator_SendsTheRecordAsAMarkdownMessageToCopy()
    {
        var reply = await AskAsync(Channels.Emulator, "export this", Description);

        Assert.Equal("markdown", reply.TextFormat);
        Assert.Null(reply.Attachments);
        Assert.All(Sections, section => Assert.Contains(section, reply.Text, StringComparison.Ordinal));
    }
}
