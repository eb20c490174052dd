using BenchmarkDotNet.Attributes;
using Bot.Dialogs.Prompts;
using Bot.Dialogs.Recognition;

namespace Advisor.Benchmarks;

/// <summary>
/// One recognition per prompt type, after the models are warmed (issue 4, item 5: target under
/// 1 ms each). Run: dotnet run -c Release --project tests/Advisor.Benchmarks -- --filter '*Recognition*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn] // issue 4 reports medians; BenchmarkDotNet shows the column only when the distribution asks for it
public class RecognitionBenchmarks
{
    private static readonly DateTimeOffset s_reference = new(2025, 1, 15, 10, 0, 0, TimeSpan.Zero);
    private long _tick;
    private static readonly Choice[] s_sizes = [new("Solo"), new("Small team", ["startup"]), new("Large team", ["enterprise"])];

    [GlobalSetup]
    public void WarmUp()
    {
        _ = NumberRecognizer.RecognizeDecimal("five");
        _ = ChoiceRecognizer.Recognize("the second one", s_sizes);
        _ = DurationRecognizer.Recognize("three months", s_reference);
        _ = DateRecognizer.Recognize("by March 1st", s_reference);
    }

    [Benchmark]
    public int? Number() => NumberRecognizer.RecognizeInt("about 20 developers");

    [Benchmark]
    public FoundChoice? ChoicePartial() => ChoiceRecognizer.Recognize("large", s_sizes).Match;

    [Benchmark]
    public FoundChoice? ChoiceOrdinal() => ChoiceRecognizer.Recognize("the second one", s_sizes).Match;

    [Benchmark]
    public bool? Confirm() => ConfirmRecognizer.Recognize("not really");

    [Benchmark]
    public RecognizedDuration? Duration() => DurationRecognizer.Recognize("in two sprints", s_reference);

    /// <summary>A button label with no date in it (issue 16: skips the model).</summary>
    [Benchmark]
    public RecognizedDuration? DurationOfButtonLabel() => DurationRecognizer.Recognize("Payments or health", s_reference);

    /// <summary>A repeated text at the same reference (issue 16: parsed once).</summary>
    [Benchmark]
    public RecognizedDuration? DurationRepeated() => DurationRecognizer.Recognize("Over 6 months", s_reference);

    /// <summary>A new reference every call, so nothing is reused: the model's own cost.</summary>
    [Benchmark]
    public RecognizedDuration? DurationFresh() => DurationRecognizer.Recognize("Over 6 months", s_reference.AddTicks(++_tick));

    [Benchmark]
    public RecognizedDate? Date() => DateRecognizer.Recognize("end of next quarter", s_reference);
}
