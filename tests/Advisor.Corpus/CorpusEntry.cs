using System.Text.Json;
using System.Text.Json.Serialization;

namespace Advisor.Corpus;

/// <summary>
/// One labelled message: its text, the facts a careful reader takes from it (fact name → value name),
/// facts whose reading is debatable (either way is fine), the question it answers when it was typed
/// right after one was asked, and its language when not English.
/// </summary>
public sealed record CorpusEntry(
    string Id,
    string Text,
    Dictionary<string, string>? Facts,
    Dictionary<string, string>? Optional,
    string? Asked,
    string? Lang)
{
    public IReadOnlyDictionary<string, string> Expected => Facts ?? [];

    public static IReadOnlyList<CorpusEntry> Load(string path) =>
        [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize(l, CorpusJson.Default.CorpusEntry)!)];
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CorpusEntry))]
internal sealed partial class CorpusJson : JsonSerializerContext;
