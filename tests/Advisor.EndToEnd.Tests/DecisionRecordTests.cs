using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Advisor.EndToEnd.Tests;

/// <summary>
/// Issue 11 in the real Web Chat: the recommendation card's "Decision record" button gives a
/// decision-record.md the user can download, with every section a tech lead takes to the team.
/// </summary>
public sealed partial class DecisionRecordTests
{
    private const string FileLink = "a.webchat__fileContent__buttonLink[download='decision-record.md']";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"^Download file 'decision-record\.md' of size \d+ kB$")]
    private static partial Regex DownloadLabel();

    [GeneratedRegex(@"^Date: \d{4}-\d{2}-\d{2}$", RegexOptions.Multiline)]
    private static partial Regex DateLine();

    [Fact]
    public async Task DecisionRecordButton_OffersAMarkdownFile_ThatDownloadsWithEverySection()
    {
        await using var chat = await WebChatSession.OpenAsync(Ct);
        await Expect(chat.Page.Locator(WebChatSession.BotBubble).First).ToBeVisibleAsync();
        await chat.TypeAsync("A 3-person REST API, due in 3 weeks, internal only, we're beginners");
        var card = chat.Page.Locator(WebChatSession.ResultCard).Last;
        await Expect(card).ToContainTextAsync("My recommendation: Flask");

        await card.GetByRole(AriaRole.Button, new() { Name = "Decision record" }).ClickAsync();

        var link = chat.Page.Locator(FileLink);
        await Expect(link).ToBeVisibleAsync();
        await Expect(link).ToContainTextAsync("decision-record.md");
        await Expect(link).ToHaveAttributeAsync("aria-label", DownloadLabel()); // Web Chat's own words, with the size from attachmentSizes
        await link.ScrollIntoViewIfNeededAsync();
        await chat.ScreenshotAsync("decision-record-link");
        var download = await chat.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("decision-record.md", download.SuggestedFilename);
        var markdown = await ReadAsync(download);

        string[] sections =
        [
            "# Decision record: Flask for ", "## Context", "## Decision", "## Reasons", "## Trade-offs",
            "## Alternative considered: Django", "## What would change it", "## Source",
        ];
        Assert.All(sections, s => Assert.Contains(s, markdown, StringComparison.Ordinal));
        Assert.Equal(sections, sections.OrderBy(s => markdown.IndexOf(s, StringComparison.Ordinal)));
        var context = Section(markdown, "## Context");
        Assert.Contains("(from “in 3 weeks”)", context, StringComparison.Ordinal);
        Assert.Contains("(from “REST API”)", context, StringComparison.Ordinal);
        Assert.Contains("an article on Django and Flask", Section(markdown, "## Source"), StringComparison.Ordinal);
        Assert.Matches(DateLine(), markdown);
    }

    private static async Task<string> ReadAsync(IDownload download)
    {
        await using var stream = await download.CreateReadStreamAsync();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(Ct);
    }

    /// <summary>The text of one "## " section, up to the next heading.</summary>
    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal) + heading.Length;
        var next = markdown.IndexOf("\n## ", start, StringComparison.Ordinal);
        return markdown[start..(next < 0 ? markdown.Length : next)];
    }
}
