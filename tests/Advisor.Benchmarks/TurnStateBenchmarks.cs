using BenchmarkDotNet.Attributes;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Core.Turns;
using Bot.Storage.Sqlite;

namespace Advisor.Benchmarks;

/// <summary>
/// An answer turn's state work, as the advisor has it: the conversation's state and the user's, both read
/// and both changed (issue 16). One by one is how a turn did it before <see cref="BotStateSet"/>: two reads,
/// two writes. Run:
/// dotnet run -c Release --project tests/Advisor.Benchmarks -- --filter '*TurnStateBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TurnStateBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-bench-" + Guid.NewGuid().ToString("N"));
    private readonly Activity _activity = new()
    {
        ChannelId = "emulator",
        Conversation = new ConversationAccount("bench"),
        From = new ChannelAccount("user-1"),
        Type = ActivityTypes.Message,
    };

    private IStorage _storage = null!;
    private ConversationState _conversation = null!;
    private UserState _user = null!;
    private BotStateSet _set = null!;
    private StatePropertyAccessor<Interview> _interview = null!;
    private StatePropertyAccessor<Interview> _lastProject = null!;

    [Params("Memory", "Sqlite")]
    public string Store { get; set; } = "Memory";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _storage = Store == "Sqlite" ? new SqliteStorage(Path.Combine(_folder, "bot-state.db"), TimeProvider.System) : new MemoryStorage();
        _conversation = new ConversationState(_storage);
        _user = new UserState(_storage);
        _set = new BotStateSet(_conversation, _user);
        _interview = _conversation.CreateProperty("interview", BenchJsonContext.Default.Interview);
        _lastProject = _user.CreateProperty("lastProject", BenchJsonContext.Default.Interview);
        await AsOneSet();
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        (_storage as IDisposable)?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Benchmark(Baseline = true)]
    public async Task OneByOne()
    {
        var turn = new TurnContext(new NoAdapter(), _activity);
        (await _interview.GetAsync(turn, Interview.Sample, CancellationToken.None)).Turns++;
        (await _lastProject.GetAsync(turn, Interview.Sample, CancellationToken.None)).Turns++;
        await _user.SaveChangesAsync(turn, force: false, CancellationToken.None);
        await _conversation.SaveChangesAsync(turn, force: false, CancellationToken.None);
    }

    [Benchmark]
    public async Task AsOneSet()
    {
        var turn = new TurnContext(new NoAdapter(), _activity);
        await _set.LoadAllAsync(turn, force: false, CancellationToken.None);
        (await _interview.GetAsync(turn, Interview.Sample, CancellationToken.None)).Turns++;
        (await _lastProject.GetAsync(turn, Interview.Sample, CancellationToken.None)).Turns++;
        await _set.SaveAllChangesAsync(turn, force: false, CancellationToken.None);
    }
}
