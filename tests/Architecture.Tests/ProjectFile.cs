using System.Xml.Linq;
using TestSupport;

namespace Architecture.Tests;

/// <summary>One project file of the repository, as the architecture rules see it.</summary>
internal sealed record ProjectFile(string RelativePath, string Name, IReadOnlyList<string> References, IReadOnlyList<string> InternalsVisibleTo)
{
    private static readonly string[] Roots = ["src", "dialogs", "tests"];

    /// <summary>Every *.csproj under src/, dialogs/ and tests/, build output and npm folders aside.</summary>
    public static IReadOnlyList<ProjectFile> All { get; } = [.. Roots
        .Select(root => Path.Combine(RepositoryRoot.Path, root))
        .Where(Directory.Exists)
        .SelectMany(root => Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories))
        .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or "artifacts"))
        .Order(StringComparer.Ordinal)
        .Select(Load)];

    public bool IsTestCode => RelativePath.StartsWith("tests/", StringComparison.Ordinal);

    private static ProjectFile Load(string path)
    {
        var document = XDocument.Load(path);
        return new ProjectFile(
            Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/'),
            Path.GetFileNameWithoutExtension(path),
            [.. document.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))],
            [.. document.Descendants("InternalsVisibleTo").Select(r => r.Attribute("Include")!.Value)]);
    }

    public override string ToString() => RelativePath;
}
