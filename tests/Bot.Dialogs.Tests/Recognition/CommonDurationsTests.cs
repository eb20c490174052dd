using Bot.Dialogs.Recognition;

namespace Bot.Dialogs.Tests.Recognition;

/// <summary>
/// The hand-written reader of common durations must tell the user exactly what the Recognizers.Text
/// model would: same length of time, same matched words, same timex, on every phrase it reads.
/// The phrases (CommonDurationPhrases.txt) come from the understanding corpus, the reading-rule
/// tests, the examples and the model's awkward cases; each is read at several reference
/// times, month ends and a leap day included.
/// </summary>
public sealed class CommonDurationsTests
{
    private static readonly DateTimeOffset[] References =
    [
        new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero),
        new(2025, 1, 31, 23, 30, 0, TimeSpan.Zero),
        new(2024, 2, 29, 8, 0, 0, TimeSpan.FromHours(-5)),
        new(2026, 12, 31, 18, 0, 0, TimeSpan.Zero),
    ];

    private static readonly string[] Phrases = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Recognition", "CommonDurationPhrases.txt"))
        .Where(line => line.Length > 0)
        .ToArray();

    [Fact]
    public void TryRead_EveryPhraseItReads_GivesTheModelsReading()
    {
        var read = 0;
        foreach (var reference in References)
        {
            foreach (var phrase in Phrases)
            {
                if (!CommonDurations.TryRead(phrase, reference, out var found))
                {
                    continue;
                }

                read++;
                Assert.True(DurationRecognizer.RecognizeWithModel(phrase, reference) == found, $"'{phrase}' at {reference:O}: read {found}, the model {DurationRecognizer.RecognizeWithModel(phrase, reference)}");
            }
        }

        Assert.True(Phrases.Length >= 100, $"only {Phrases.Length} phrases");
        Assert.True(read >= 60 * References.Length, $"read only {read / References.Length} of {Phrases.Length} phrases");
    }

    [Theory]
    [InlineData("We're 12 developers building an online shop that takes card payments, and we need it live in about 8 months", 240, "8 months")]
    [InlineData("in 3 weeks", 21, "in 3 weeks")]
    [InlineData("Over 6 months", 180, "6 months")]
    [InlineData("two sprints", 28, "two sprints")]
    [InlineData("a year", 365, "a year")]
    public void TryRead_CommonForms_AreReadWithoutTheModel(string text, int days, string words)
    {
        Assert.True(CommonDurations.TryRead(text, References[0], out var found));

        Assert.Equal(TimeSpan.FromDays(days), found!.Duration);
        Assert.Equal(words, found.Text);
    }

    [Theory]
    [InlineData("by March")]
    [InlineData("end of Q2")]
    [InlineData("next summer")]
    [InlineData("over the next 18 months")]
    [InlineData("within a year")]
    [InlineData("around 6 months")]
    [InlineData("2-3 months")]
    [InlineData("3 months, 2 weeks")]
    [InlineData("a year and a half")]
    [InlineData("once a week")]
    [InlineData("3 months ago")]
    [InlineData("Large (11+)")]
    public void TryRead_AnythingElse_IsLeftToTheModel(string text)
    {
        Assert.False(CommonDurations.TryRead(text, References[0], out _));
    }
}
