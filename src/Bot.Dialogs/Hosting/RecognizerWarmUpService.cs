using Bot.Dialogs.Prompts;
using Bot.Dialogs.Recognition;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Dialogs.Hosting;

/// <summary>
/// Builds the Recognizers.Text models at start-up (issue 4, item 4): they load lazily and the first
/// recognition otherwise costs the first user hundreds of milliseconds. Logs how long it took.
/// </summary>
internal sealed class RecognizerWarmUpService(TimeProvider time, ILogger<RecognizerWarmUpService> logger) : IHostedService
{
    private static readonly Choice[] s_choices = [new("Small team"), new("Large team")];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        try
        {
            WarmUp(time.GetLocalNow());
        }
        catch (InvalidOperationException ex)
        {
            Log.RecognizersWarmUpFailed(logger, (long)time.GetElapsedTime(started).TotalMilliseconds, ex);
            throw;
        }

        RecognizersHealthCheck.MarkWarm();
        Log.RecognizersWarmedUp(logger, (long)time.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Calls every recognizer once.</summary>
    internal static void WarmUp(DateTimeOffset now)
    {
        _ = NumberRecognizer.RecognizeDecimal("about twenty developers");
        _ = ChoiceRecognizer.Recognize("the second one", s_choices);
        _ = ConfirmRecognizer.Recognize("yes");
        _ = DurationRecognizer.Recognize("three months", now);
        _ = DateRecognizer.Recognize("by March 1st", now);
    }
}
