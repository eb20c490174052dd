using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Core.Turns;

namespace Advisor.Benchmarks;

/// <summary>
/// One turn's state work on MemoryStorage: load, read a property, save (issue 16). Run:
/// dotnet run -c Release --project tests/Advisor.Benchmarks -- --filter '*StateBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class StateBenchmarks
{
    private readonly MemoryStorage _storage = new();
    private readonly Activity _activity = new() { ChannelId = "emulator", Conversation = new ConversationAccount("bench"), Type = ActivityTypes.Message };
    private ConversationState _state = null!;
    private StatePropertyAccessor<Interview> _interview = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _state = new ConversationState(_storage);
        _interview = _state.CreateProperty("interview", BenchJsonContext.Default.Interview);
        var turn = new TurnContext(new NoAdapter(), _activity);
        await _interview.SetAsync(turn, Interview.Sample(), CancellationToken.None);
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);
    }

    /// <summary>Most turns read the state and leave it as it was: nothing is written.</summary>
    [Benchmark]
    public async Task TurnUnchanged()
    {
        var turn = new TurnContext(new NoAdapter(), _activity);
        _ = await _interview.GetAsync(turn, Interview.Sample, CancellationToken.None);
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);
    }

    /// <summary>An answer changes the state: it is written back.</summary>
    [Benchmark]
    public async Task TurnChanged()
    {
        var turn = new TurnContext(new NoAdapter(), _activity);
        var interview = await _interview.GetAsync(turn, Interview.Sample, CancellationToken.None);
        interview.Turns++;
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);
    }
}

/// <summary>About the size of the advisor's state mid-interview.</summary>
public sealed class Interview
{
    public int Turns { get; set; }

    public Dictionary<string, string> Answers { get; set; } = [];

    public List<string> Stack { get; set; } = [];

    public static Interview Sample() => new()
    {
        Answers = new() { ["Size"] = "Large", ["Timeline"] = "LongTerm", ["Security"] = "High", ["UseCase"] = "ECommerce" },
        Stack = ["advisor", "interview", "ask-Experience"],
    };
}

[JsonSerializable(typeof(Interview))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
