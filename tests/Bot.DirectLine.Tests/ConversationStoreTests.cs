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

    private const string Client = "127.0.0.1";

    private ConversationStore CreateSut(int maxConversations = 1, int maxPerClient = 50) =>
        new(Options.Create(new DirectLineOptions { MaxConversations = maxConversations, MaxConversationsPerClient = maxPerClient, IdleTimeout = TimeSpan.FromMinutes(15) }), _time, NullLogger<ConversationStore>.Instance);

    private DirectLineToken Grant(string conversationId, TimeSpan lifetime) => new(conversationId, "dl_user", _time.GetUtcNow() + lifetime);

    [Fact]
    public void GetOrCreate_WhenFullOfExpiredConversations_EvictsThemAndClosesTheirSockets()
    {
        var sut = CreateSut();
        var (old, _) = sut.GetOrCreate(Grant("old", TimeSpan.FromMinutes(30)), Client);
        var socket = old!.Subscribe(null);
        _time.Advance(TimeSpan.FromMinutes(30));

        var (fresh, created) = sut.GetOrCreate(Grant("new", TimeSpan.FromMinutes(30)), Client);

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
        var (old, _) = sut.GetOrCreate(Grant("old", TimeSpan.FromMinutes(30)), Client);
        _time.Advance(TimeSpan.FromMinutes(30));
        sut.GetOrCreate(Grant("new", TimeSpan.FromMinutes(30)), Client);

        var late = old!.Subscribe(null);

        Assert.Equal("ended", late.CloseReason);
    }

    [Fact]
    public void GetOrCreate_WhenFullOfLiveConversations_RefusesTheNewOne()
    {
        var sut = CreateSut();
        var (live, _) = sut.GetOrCreate(Grant("live", TimeSpan.FromMinutes(30)), Client);
        var socket = live!.Subscribe(null);

        var (refused, _) = sut.GetOrCreate(Grant("new", TimeSpan.FromMinutes(30)), Client);

        Assert.Null(refused);
        Assert.Null(socket.CloseReason);
    }

    [Fact]
    public void GetOrCreate_WhenFull_EvictsAConversationIdleForTheIdleTimeout_ThoughItsTokenIsValid()
    {
        var sut = CreateSut();
        sut.GetOrCreate(Grant("idle", TimeSpan.FromHours(1)), Client);
        _time.Advance(TimeSpan.FromMinutes(15));

        var (fresh, created) = sut.GetOrCreate(Grant("new", TimeSpan.FromHours(1)), Client);

        Assert.True(created);
        Assert.NotNull(fresh);
        Assert.Null(sut.Find("idle"));
    }

    [Fact]
    public void GetOrCreate_WhenFull_EvictsAConversationWhoseUserWasQuiet_ThoughItsSocketIsOpen()
    {
        var sut = CreateSut();
        var (listening, _) = sut.GetOrCreate(Grant("listening", TimeSpan.FromHours(1)), Client);
        var socket = listening!.Subscribe(null);
        _time.Advance(TimeSpan.FromMinutes(15));

        var (fresh, created) = sut.GetOrCreate(Grant("new", TimeSpan.FromHours(1)), Client);

        Assert.True(created);
        Assert.NotNull(fresh);
        Assert.Null(sut.Find("listening"));
        Assert.Equal("idle", socket.CloseReason);
    }

    [Fact]
    public void GetOrCreate_WhenFull_KeepsAConversationWhoseUserPostedWithinTheIdleTimeout()
    {
        var sut = CreateSut();
        var (active, _) = sut.GetOrCreate(Grant("active", TimeSpan.FromHours(1)), Client);
        _time.Advance(TimeSpan.FromMinutes(10));
        active!.NoteUserActivity();
        _time.Advance(TimeSpan.FromMinutes(10));

        var (refused, _) = sut.GetOrCreate(Grant("new", TimeSpan.FromHours(1)), Client);

        Assert.Null(refused);
    }

    [Fact]
    public void GetOrCreate_BeyondThePerClientCap_RefusesThatClientButNotAnother()
    {
        var sut = CreateSut(maxConversations: 10, maxPerClient: 2);
        sut.GetOrCreate(Grant("a1", TimeSpan.FromHours(1)), "10.0.0.1");
        sut.GetOrCreate(Grant("a2", TimeSpan.FromHours(1)), "10.0.0.1");

        var (refused, _) = sut.GetOrCreate(Grant("a3", TimeSpan.FromHours(1)), "10.0.0.1");
        var (other, created) = sut.GetOrCreate(Grant("b1", TimeSpan.FromHours(1)), "10.0.0.2");

        Assert.Null(refused);
        Assert.True(created);
        Assert.NotNull(other);
    }

    [Fact]
    public void GetOrCreate_AtThePerClientCap_MakesRoomByEvictingThatClientsIdleConversation()
    {
        var sut = CreateSut(maxConversations: 10, maxPerClient: 1);
        var (idle, _) = sut.GetOrCreate(Grant("idle", TimeSpan.FromHours(1)), "10.0.0.1");
        idle!.Subscribe(null);
        var (others, _) = sut.GetOrCreate(Grant("others", TimeSpan.FromHours(1)), "10.0.0.2");
        _time.Advance(TimeSpan.FromMinutes(15));

        var (fresh, created) = sut.GetOrCreate(Grant("new", TimeSpan.FromHours(1)), "10.0.0.1");

        Assert.True(created);
        Assert.NotNull(fresh);
        Assert.Null(sut.Find("idle"));
        Assert.Same(others, sut.Find("others"));
    }
}
