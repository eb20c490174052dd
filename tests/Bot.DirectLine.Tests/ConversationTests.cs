using System.Text;
using System.Text.Json.Nodes;
using Bot.Core.Schema;
using Bot.DirectLine.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace Bot.DirectLine.Tests;

public sealed class ConversationTests
{
    private static DirectLineConversation CreateSut(int maxActivities = 500, int maxHistoryBytes = 1024 * 1024) =>
        new("conv", "dl_user", "127.0.0.1", new ConversationLimits(maxActivities, maxHistoryBytes), new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static JsonObject Parse(byte[] frame) => JsonNode.Parse(Encoding.UTF8.GetString(frame))!.AsObject();

    private static string[] Texts(JsonObject set) => [.. set["activities"]!.AsArray().Select(a => (string)a!["text"]!)];

    [Fact]
    public void Append_AssignsServiceStyleIdsAndTimestamps()
    {
        var sut = CreateSut();
        var first = Message("a");

        Assert.Equal("conv|0000001", sut.Append(first));
        Assert.Equal("conv|0000002", sut.Append(Message("b")));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero), first.Timestamp);
    }

    [Fact]
    public void ActivitiesAfter_Watermark_ReturnsOnlyLaterOnesAndAMonotonicWatermark()
    {
        var sut = CreateSut();
        sut.Append(Message("a"));
        sut.Append(Message("b"));
        sut.Append(Message("c"));

        var all = Parse(sut.ActivitiesAfter(null));
        var later = Parse(sut.ActivitiesAfter(1));
        var none = Parse(sut.ActivitiesAfter(3));

        Assert.Equal(["a", "b", "c"], Texts(all));
        Assert.Equal("3", (string)all["watermark"]!);
        Assert.Equal(["b", "c"], Texts(later));
        Assert.Empty(Texts(none));
        Assert.Equal("3", (string)none["watermark"]!);
    }

    [Fact]
    public void Append_BeyondTheLimit_DropsTheOldest()
    {
        var sut = CreateSut(maxActivities: 2);
        sut.Append(Message("a"));
        sut.Append(Message("b"));
        sut.Append(Message("c"));

        Assert.Equal(["b", "c"], Texts(Parse(sut.ActivitiesAfter(null))));
    }

    [Fact]
    public void Append_BeyondTheByteBudget_DropsTheOldestUntilUnderIt()
    {
        var sut = CreateSut(maxHistoryBytes: 5_000);

        for (var i = 0; i < 10; i++)
        {
            sut.Append(Message(i + new string('x', 1_000)));
        }

        var kept = Texts(Parse(sut.ActivitiesAfter(null)));
        Assert.InRange(kept.Length, 3, 4);
        Assert.StartsWith("9", kept[^1], StringComparison.Ordinal);
        Assert.True(sut.ActivitiesAfter(null).Length <= 5_000 + 100, "the kept history fits the byte budget");
    }

    [Fact]
    public void Append_OneActivityLargerThanTheByteBudget_IsKeptAloneSoAReconnectStillGetsIt()
    {
        var sut = CreateSut(maxHistoryBytes: 500);
        sut.Append(Message("small"));

        sut.Append(Message(new string('x', 2_000)));

        Assert.Equal([new string('x', 2_000)], Texts(Parse(sut.ActivitiesAfter(null))));
    }

    [Fact]
    public void Append_ToAStreamThatStoppedReading_IsCutOffOnceItsQueuedBytesExceedTheBudget()
    {
        var sut = CreateSut(maxHistoryBytes: 10_000);
        var stream = sut.Subscribe(null);

        for (var i = 0; i < 20; i++)
        {
            sut.Append(Message(new string('x', 1_000)));
        }

        Assert.Equal("overflow", stream.CloseReason);
    }

    [Fact]
    public void Append_ToAStreamThatKeepsReading_IsNeverCutOff()
    {
        var sut = CreateSut(maxHistoryBytes: 10_000);
        var stream = sut.Subscribe(null);

        for (var i = 0; i < 20; i++)
        {
            sut.Append(Message(new string('x', 1_000)));
            Assert.True(stream.TryRead(out _));
        }

        Assert.Null(stream.CloseReason);
    }

    [Fact]
    public void Subscribe_ReplaysAfterTheWatermark_ThenStreamsNewActivities()
    {
        var sut = CreateSut();
        sut.Append(Message("a"));
        sut.Append(Message("b"));

        var stream = sut.Subscribe(watermark: 1);
        sut.Append(Message("c"));

        Assert.True(stream.TryRead(out var replay));
        Assert.True(stream.TryRead(out var live));
        Assert.Equal(["b"], Texts(Parse(replay!)));
        Assert.Equal(["c"], Texts(Parse(live!)));
        Assert.Equal("3", (string)Parse(live!)["watermark"]!);
    }

    [Fact]
    public void Broadcast_Typing_IsStreamedWithoutWatermarkAndNotKept()
    {
        var sut = CreateSut();
        var stream = sut.Subscribe(null);

        sut.Broadcast(new Activity { Type = ActivityTypes.Typing });

        Assert.True(stream.TryRead(out var frame));
        Assert.False(Parse(frame!).ContainsKey("watermark"));
        Assert.Empty(Texts(Parse(sut.ActivitiesAfter(null))));
    }

    [Fact]
    public void Subscribe_Again_ClosesTheOlderStreamAsACollision()
    {
        var sut = CreateSut();
        var first = sut.Subscribe(null);

        sut.Subscribe(null);

        Assert.Equal("collision", first.CloseReason);
        Assert.True(first.Completion.IsCompleted);
    }

    [Fact]
    public void Append_ToAStreamThatStoppedReading_CutsItOffInsteadOfBuffering()
    {
        var sut = CreateSut(maxActivities: 1000);
        var stream = sut.Subscribe(null);

        for (var i = 0; i < 300; i++)
        {
            sut.Append(Message("x"));
        }

        Assert.Equal("overflow", stream.CloseReason);
    }

    [Fact]
    public void Replace_AndRemove_ChangeTheKeptHistory()
    {
        var sut = CreateSut();
        var id = sut.Append(Message("a"));

        Assert.True(sut.Replace(id, Message("a2")));
        Assert.Equal(["a2"], Texts(Parse(sut.ActivitiesAfter(null))));
        Assert.True(sut.Remove(id));
        Assert.False(sut.Remove(id));
        Assert.Empty(Texts(Parse(sut.ActivitiesAfter(null))));
    }
}
