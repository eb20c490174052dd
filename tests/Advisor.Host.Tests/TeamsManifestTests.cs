using System.Buffers.Binary;
using System.IO.Compression;
using TestSupport;
using System.Text.Json.Nodes;

namespace Advisor.Host.Tests;

/// <summary>
/// deploy/teams (issue 7, protocol doc §6.7): the manifest validates against the official Teams schema
/// (bundled in @microsoft/app-manifest, so offline; run by node from teams/validate-manifest.mjs),
/// the icons have the required sizes, and build-package.sh makes a zip Teams accepts.
/// </summary>
public sealed class TeamsManifestTests : IDisposable
{
    private const string AppId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static readonly string Root = RepositoryRoot.Path;
    private static readonly string TeamsDir = Path.Combine(Root, "deploy", "teams");
    private static readonly string ValidatorDir = Path.Combine(Root, "tests", "Advisor.Host.Tests", "teams");
    private readonly string _temp = Directory.CreateTempSubdirectory("teams-manifest-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Manifest_IsValidAgainstTheBundledSchema()
    {
        var (exitCode, output) = await ValidateAsync(Path.Combine(TeamsDir, "manifest.json"));

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task BrokenManifest_FailsValidation()
    {
        var manifest = ReadManifest(Path.Combine(TeamsDir, "manifest.json"));
        var bot = manifest["bots"]![0]!.AsObject();
        bot.Remove("botId");
        bot["scopes"] = new JsonArray("everyone");
        var broken = Path.Combine(_temp, "manifest.json");
        await File.WriteAllTextAsync(broken, manifest.ToJsonString(), TestContext.Current.CancellationToken);

        var (exitCode, output) = await ValidateAsync(broken);

        Assert.True(exitCode == 1, output);
        Assert.Contains("botId", output, StringComparison.Ordinal);
        Assert.Contains("/bots/0/scopes/0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_VersionMatchesItsSchemaAndTheBotHasItsScopesAndCommands()
    {
        var manifest = ReadManifest(Path.Combine(TeamsDir, "manifest.json"));
        var version = (string)manifest["manifestVersion"]!;
        var bot = manifest["bots"]![0]!;

        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(["Start over", "Help"], bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string)c!["title"]!));
        Assert.Equal(("color.png", "outline.png"), ((string?)manifest["icons"]!["color"], (string?)manifest["icons"]!["outline"]));
    }

    [Theory]
    [InlineData("color.png", 192, 2)]   // full colour, opaque RGB
    [InlineData("outline.png", 32, 6)]  // RGBA: white on transparent
    public void Icon_HasTheRequiredSize(string file, int size, int colorType)
    {
        var png = File.ReadAllBytes(Path.Combine(TeamsDir, file));

        Assert.Equal((size, size, colorType), PngHeader(png));
    }

    [Fact]
    public void OutlineIcon_IsWhiteOnTransparent()
    {
        var pixels = PngRgbaPixels(File.ReadAllBytes(Path.Combine(TeamsDir, "outline.png")));

        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
    }

    [Fact]
    public async Task BuildPackage_FillsTheAppIdAndZipsManifestAndIconsAtTheRoot()
    {
        var zip = Path.Combine(_temp, "package.zip");

        var (exitCode, output) = await RunAsync("bash", [Path.Combine(TeamsDir, "build-package.sh"), AppId, zip, "advisor.example.net"], TimeSpan.FromSeconds(60));

        Assert.True(exitCode == 0, output);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        archive.GetEntry("manifest.json")!.ExtractToFile(Path.Combine(_temp, "manifest.json"));
        var manifest = ReadManifest(Path.Combine(_temp, "manifest.json"));
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Contains("advisor.example.net", manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal((192, 192, 2), PngHeader(ReadEntry(archive, "color.png")));
        Assert.Equal((32, 32, 6), PngHeader(ReadEntry(archive, "outline.png")));
        var (validExit, validation) = await ValidateAsync(Path.Combine(_temp, "manifest.json"));
        Assert.True(validExit == 0, validation);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    public async Task BuildPackage_WithoutAGuid_RefusesAndSaysHow(string appId)
    {
        var (exitCode, output) = await RunAsync("bash", [Path.Combine(TeamsDir, "build-package.sh"), appId, Path.Combine(_temp, "x.zip")], TimeSpan.FromSeconds(30));

        Assert.Equal(2, exitCode);
        Assert.Contains("usage", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> ValidateAsync(string manifestPath)
    {
        Assert.True(Directory.Exists(Path.Combine(ValidatorDir, "node_modules", "@microsoft", "app-manifest")),
            $"The manifest validator's packages are missing: the build installs them with `npm ci` in {ValidatorDir}.");
        return await RunAsync("node", [Path.Combine(ValidatorDir, "validate-manifest.mjs"), manifestPath], TimeSpan.FromSeconds(60));
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, TimeSpan timeout) =>
        ToolRunner.RunAsync(fileName, arguments, timeout);

    private static JsonObject ReadManifest(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();

    private static byte[] ReadEntry(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Width, height and colour type from a PNG's signature and IHDR chunk.</summary>
    private static (int Width, int Height, int ColorType) PngHeader(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), png[25]);
    }

    /// <summary>Decodes an 8-bit, non-interlaced RGBA PNG: inflate the IDAT chunks, then undo each row's filter.</summary>
    private static List<(byte R, byte G, byte B, byte A)> PngRgbaPixels(byte[] png)
    {
        var (width, height, colorType) = PngHeader(png);
        Assert.Equal((6, 8, 0), (colorType, (int)png[24], (int)png[28]));
        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            if (System.Text.Encoding.ASCII.GetString(png, offset + 4, 4) == "IDAT")
            {
                idat.Write(png, offset + 8, length);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var data = inflated.ToArray();
        const int Bpp = 4;
        var stride = width * Bpp;
        var previous = new byte[stride];
        var pixels = new List<(byte, byte, byte, byte)>(width * height);
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var row = data.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int left = i >= Bpp ? row[i - Bpp] : 0, up = previous[i], upLeft = i >= Bpp ? previous[i - Bpp] : 0;
                row[i] += (byte)(filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                });
            }

            for (var x = 0; x < width; x++)
            {
                pixels.Add((row[x * 4], row[x * 4 + 1], row[x * 4 + 2], row[x * 4 + 3]));
            }

            previous = row;
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
