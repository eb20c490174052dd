namespace Advisor.Dialogs.Tests;

/// <summary>Replays every conversation scenario in Transcripts/*.transcript.</summary>
public sealed class TranscriptTests
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Transcripts"), "*.transcript").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public Task Scenario_Replays(string name) =>
        Transcript.Load(Path.Combine(AppContext.BaseDirectory, "Transcripts", name + ".transcript")).ReplayAsync();
}
