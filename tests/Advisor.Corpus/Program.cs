using Advisor.Corpus;
using Advisor.Dialogs.Understanding;

// Usage:
//   dotnet run --project tests/Advisor.Corpus                      the repository's corpus: figures and every miss
//   dotnet run --project tests/Advisor.Corpus -- other.jsonl       another labelled file in the same format
//   dotnet run --project tests/Advisor.Corpus -- --read "some text" what the bot reads from one message
if (args is ["--read", var text])
{
    var reading = MessageReader.Read(text, CorpusEvaluator.Reference);
    Console.WriteLine($"intent {reading.Intent}; asks which {reading.AsksWhichFramework}; other {reading.OtherTechnology}; familiar {reading.Familiarity}; not English {reading.NotEnglish}");
    foreach (var fact in reading.Facts)
    {
        Console.WriteLine($"{fact.Question}: {fact.Answer.Name} from \"{fact.Words}\"{(fact.Hint ? " (hint)" : "")}");
    }

    return 0;
}

var path = args.Length > 0 ? args[0] : Path.Combine(RepositoryPaths.Root(), "tests", "Advisor.Dialogs.Tests", "Understanding", "Corpus", "corpus.jsonl");
var report = CorpusEvaluator.Evaluate(CorpusEntry.Load(path));
Console.WriteLine(report);
foreach (var miss in report.Misses)
{
    Console.WriteLine(miss);
}

return 0;

internal static class RepositoryPaths
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
