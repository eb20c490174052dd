using System.Text;
using Advisor.Dialogs.Results;
using Bot.Core.Schema;

namespace Advisor.Dialogs.Tests.Results;

public sealed class DecisionRecordTests
{
    private static readonly string[] Sections =
        ["# Decision record: Flask for ", "## Context", "## Decision", "## Reasons", "## Trade-offs", "## Alternative considered: Django", "## What would change it", "## Source", "Date: 2026-11-25"];

    [Fact]
    public async Task Share_InWebChat_SendsADownloadableMarkdownFileWithEverySection()
    {
        var harness = new AdvisorHarness(Channels.WebChat);
        await harness.SendAsync(harness.Adapter.MakeMessage("A 3-person REST API, due in 3 weeks, internal only, we're beginners"));
        harness.DrainReplies();

        await harness.SendAsync(harness.Adapter.MakeMessage("share"));

        var reply = Assert.Single(harness.DrainReplies());
        var file = Assert.Single(reply.Attachments!);
        Assert.Equal((DecisionRecord.FileName, "text/markdown"), (file.Name, file.ContentType));
        var markdown = Encoding.UTF8.GetString(Convert.FromBase64String(file.ContentUrl!["data:text/markdown;base64,".Length..]));
        Assert.All(Sections, section => Assert.Contains(section, markdown, StringComparison.Ordinal));
        Assert.Contains("(from “in 3 weeks”)", markdown, StringComparison.Ordinal);
        Assert.Contains("knowledge version", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("skip", null)]
    [InlineData("a blog", "- What you're building: “a blog”, which the article weighs for neither framework")]
    public async Task Context_LeavesOutANonAnswer_AndGivesAnotherKindOfProjectInTheUsersWords(string answer, string? expected)
    {
        var harness = new AdvisorHarness(Channels.Emulator);
        await harness.SendAsync(harness.Adapter.MakeMessage("Just me, I'm a beginner, a couple of months, public content"));
        await harness.SendAsync(harness.Adapter.MakeMessage(answer));
        harness.DrainReplies();

        await harness.SendAsync(harness.Adapter.MakeMessage("share"));

        var context = Assert.Single(harness.DrainReplies()).Text!.Split("## Decision")[0];
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
        var harness = new AdvisorHarness(Channels.Emulator);
        await harness.SendAsync(harness.Adapter.MakeMessage("A 3-person REST API, due in 3 weeks, internal only, we're beginners"));
        harness.DrainReplies();

        await harness.SendAsync(harness.Adapter.MakeMessage("share"));

        var source = Assert.Single(harness.DrainReplies()).Text!.Split("## Source")[1];
        Assert.Contains(Advisor.Knowledge.SourceArticle.Description, source, StringComparison.Ordinal);
        Assert.Contains($"knowledge version {Advisor.Knowledge.KnowledgeBase.Version}", source, StringComparison.Ordinal);
        Assert.DoesNotContain(Advisor.Knowledge.KnowledgeBase.SeedFile, source, StringComparison.Ordinal);
        Assert.DoesNotContain("seed", source, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Export_InTheEmulator_SendsTheRecordAsAMarkdownMessageToCopy()
    {
        var harness = new AdvisorHarness(Channels.Emulator);
        await harness.SendAsync(harness.Adapter.MakeMessage("A 3-person REST API, due in 3 weeks, internal only, we're beginners"));
        harness.DrainReplies();

        await harness.SendAsync(harness.Adapter.MakeMessage("export this"));

        var reply = Assert.Single(harness.DrainReplies());
        Assert.Equal("markdown", reply.TextFormat);
        Assert.Null(reply.Attachments);
        Assert.All(Sections, section => Assert.Contains(section, reply.Text, StringComparison.Ordinal));
    }
}
