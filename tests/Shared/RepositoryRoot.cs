using System.Runtime.CompilerServices;

namespace TestSupport;

/// <summary>
/// The repository's root folder (the one holding Bot.sln), for tests that read committed files.
/// Compiled into every test project (tests/Directory.Build.props links it), and found from this
/// source file's own path, so it works wherever --artifacts-path puts the binaries.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find([CallerFilePath] string thisFile = "")
    {
        for (var dir = new DirectoryInfo(System.IO.Path.GetDirectoryName(thisFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Bot.sln not found above {thisFile}.");
    }
}
