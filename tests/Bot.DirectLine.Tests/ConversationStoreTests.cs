using Bot.DirectLine.Conversations;
using Bot.DirectLine.Tokens;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.DirectLine.Tests;

/// <summary>The bounded set of live conversations: what is evicted when it is full, and what eviction closes.</summary>
public sealed class ConversationStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private ConversationStore CreateSut(int maxConversations = 1) =>
        new(Options.Create(new DirectLineOptions { MaxConversations = maxConversations, IdleTimeout = TimeSpan.FromMinutes(15) }), _time, NullLogger<ConversationStore>.Instance);

    private DirectLineToken Grant(string conversationId, TimeSpan lifetime) => new(conversationId, "dl_user", _time.GetUtcNow() + lifetime);

    [Fact]
    public void GetOrCreate_WhenFullOfExpiredConversations_EvictsThemAndClosesTheirSockets()
    {
        var sut = CreateSut();
        var (old, _) = sut.GetOrCreate(Grant("old", TimeSpan.FromMinutes(30)));
        var socket = old!.Subscribe(null);
        _time.Advance(TimeSpan.FromMinutes(30));

        var (fresh, created) = sut.GetOrCreate(Grant("new", TimeSpan.FromMinutes(30)));

        Assert.True(created);
        Assert.NotNull(fresh);
        Assert.Null(sut.Find("old"));
        Assert.Equal("expired", socket.CloseReason);
        Assert.True(socket.Completion.IsCompleted);
    }

    [Fact]
    public void Subscribe_ToAnEvictedConversation_IsClosedAtOnce()
    {
        var sut = CreateSut();
        var (old, _) = sut.GetOrCreate(Grant("old", TimeSpan.FromMinutes(30)));
        _time.Advance(TimeSpan.FromMinutes(30));
        sut.GetOrCreate(Grant("new", TimeSpan.FromMinutes(30)));

        var late = old!.Subscribe(null);

        Assert.Equal("ended", late.CloseReason);
    }

    [Fact]
    public void GetOrCreate_WhenFullOfLiveConversations_RefusesTheNewOne()
    {
        var sut = CreateSut();
        var (live, _) = sut.GetOrCreate(Grant("live", TimeSpan.FromMinutes(30)));
        var socket = live!.Subscribe(null);

        var (refused, _) = sut.GetOrCreate(Grant("new", TimeSpan.FromMinutes(30)));

        Assert.Null(refused);
        Assert.Null(socket.CloseReason);
    }

    [Fact]
    public void GetOrCreate_WhenFull_EvictsAConversationIdleForTheIdleTimeout_ThoughItsTokenIsValid()
    {
        var sut = CreateSut();
        sut.GetOrCreate(Grant("idle", TimeSpan.FromHours(1)));
        _time.Advance(TimeSpan.FromMinutes(15));

        var (fresh, created) = sut.GetOrCreate(Grant("new", TimeSpan.FromHours(1)));

        Assert.True(created);
        Assert.NotNull(fresh);
        Assert.Null(sut.Find("idle"));
    }

    [Fact]
    public void GetOrCreate_WhenFull_KeepsAQuietConversationWithAnOpenSocket()
    {
        var sut = CreateSut();
        var (listening, _) = sut.GetOrCreate(Grant("listening", TimeSpan.FromHours(1)));
        listening!.Subscribe(null);
        _time.Advance(TimeSpan.FromMinutes(30));

        var (refused, _) = sut.GetOrCreate(Grant("new", TimeSpan.FromHours(1)));

        Assert.Null(refused);
        Assert.NotNull(sut.Find("listening"));
    }

    [Fact]
    public void GetOrCreate_WhenFull_KeepsAConversationSeenWithinTheIdleTimeout()
    {
        var sut = CreateSut();
        var (polled, _) = sut.GetOrCreate(Grant("polled", TimeSpan.FromHours(1)));
        _time.Advance(TimeSpan.FromMinutes(10));
        polled!.Touch();
        _time.Advance(TimeSpan.FromMinutes(10));

        var (refused, _) = sut.GetOrCreate(Grant("new", TimeSpan.FromHours(1)));

        Assert.Null(refused);
    }

    [Fact]
    public void GetOrCreate_WhenFull_CountsTheIdleTimeoutFromWhenTheSocketClosed()
    {
        var sut = CreateSut();
        var (conversation, _) = sut.GetOrCreate(Grant("was-listening", TimeSpan.FromHours(1)));
        var socket = conversation!.Subscribe(null);
        _time.Advance(TimeSpan.FromMinutes(30));
        conversation.Unsubscribe(socket);
        _time.Advance(TimeSpan.FromMinutes(10));

        var (refused, _) = sut.GetOrCreate(Grant("new", TimeSpan.FromHours(1)));

        Assert.Null(refused);
    }
}
