using Advisor.Dialogs.Understanding;
using BenchmarkDotNet.Attributes;

namespace Advisor.Benchmarks;

/// <summary>
/// Reading one message (issue 16): a button press, the same words typed, and a free-text
/// description, each at a new reference time as a real turn has. Run:
/// dotnet run -c Release --project tests/Advisor.Benchmarks -- --filter '*MessageReading*' --job short
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MessageReadingBenchmarks
{
    private static readonly DateTimeOffset s_reference = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private long _tick;

    [GlobalSetup]
    public void WarmUp() => _ = MessageReader.Read("three months", s_reference);

    /// <summary>A press of "Over 6 months": the exact title, read once per process.</summary>
    [Benchmark]
    public MessageReading ButtonPress() => MessageReader.Read("Over 6 months", Next());

    /// <summary>The same words typed in lower case: not a title, so read in full (what every press cost before).</summary>
    [Benchmark]
    public MessageReading SameWordsTyped() => MessageReader.Read("over 6 months", Next());

    /// <summary>A press of a title without digits or date words ("Online shop").</summary>
    [Benchmark]
    public MessageReading ButtonPressNoDate() => MessageReader.Read("Online shop", Next());

    /// <summary>The load benchmark's free-text description.</summary>
    [Benchmark]
    public MessageReading Description() => MessageReader.Read(
        "We're 12 developers building an online shop that takes card payments, and we need it live in about 8 months", Next());

    private DateTimeOffset Next() => s_reference.AddTicks(++_tick);
}
