using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using TestSupport;

namespace Advisor.Dialogs.Tests.Formatting;

/// <summary>
/// Renders Markdown to HTML the way Web Chat 4.18 does: the markdown-it that Web Chat bundles
/// (src/Advisor.Host/ClientApp/node_modules, installed by the host's build), with the options of Web
/// Chat's renderMarkdown (breaks off, HTML on, linkify, typographer) and its CRLF pre-step, run in node.
/// </summary>
internal static partial class WebChatMarkdown
{
    private static readonly string NodeModules = Path.Combine(RepositoryRoot.Path, "src", "Advisor.Host", "ClientApp", "node_modules");

    /// <summary>Web Chat's own renderer, read to check that the options below are still the ones it uses.</summary>
    public static string RendererSource => File.ReadAllText(Path.Combine(NodeModules, "botframework-webchat", "lib", "markdown", "renderMarkdown.js"));

    private const string Script = """
        const MarkdownIt = require(process.argv[1]);
        const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        const md = new MarkdownIt({ breaks: false, html: true, linkify: true, typographer: true, xhtmlOut: true });
        const respectCRLF = text => text.replace(/\n\r|\r\n/g, cr => (cr === '\n\r' ? '\r\n' : '\n\r'));
        process.stdout.write(JSON.stringify(input.map(text => md.render(respectCRLF(text)))));
        """;

    public static async Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<string> markdown, CancellationToken cancellationToken)
    {
        Assert.True(Directory.Exists(Path.Combine(NodeModules, "markdown-it")), $"Web Chat's markdown-it is missing under {NodeModules}: build src/Advisor.Host first (it runs npm ci).");
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(Path.Combine(NodeModules, "markdown-it"));
        using var node = Process.Start(start)!;
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(markdown).AsMemory(), cancellationToken);
        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = await node.StandardError.ReadToEndAsync(cancellationToken);
        await node.WaitForExitAsync(cancellationToken);
        Assert.True(node.ExitCode == 0, $"node failed: {errors}");
        return JsonSerializer.Deserialize<string[]>(output)!;
    }

    /// <summary>The text of each <c>li</c> element, tags stripped and entities decoded, typographic quotes made plain.</summary>
    public static IReadOnlyList<string> ListItems(string html) =>
        [.. ListItem().Matches(html).Select(m => PlainText(m.Groups[1].Value))];

    /// <summary>The text of each top-level paragraph.</summary>
    public static IReadOnlyList<string> Paragraphs(string html) =>
        [.. Paragraph().Matches(html).Select(m => PlainText(m.Groups[1].Value))];

    private static string PlainText(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(html, string.Empty)).Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').Trim();

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ListItem();

    [GeneratedRegex("<p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
