using Bot.Testing;

namespace Bot.Core.Tests.Authentication;

/// <summary>Signing keys: fetched once, refreshed every 24 h, and on an unknown kid at most every 5 minutes (protocol doc §3.2).</summary>
public sealed class SigningKeyCacheTests : IAsyncLifetime
{
    private AuthFixture _fixture = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _fixture = await AuthFixture.StartAsync(Ct);

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    private Task<(int, bool)> PostSignedWithAsync(string keyId) =>
        _fixture.PostAsync("Bearer " + _fixture.Identity.Sign(keyId, TestIdentityServer.ChannelClaims(AuthFixture.AppId, AuthFixture.ServiceUrl, _fixture.Now)), AuthFixture.Message(), Ct);

    [Fact]
    public async Task ManyTokens_KeysAreFetchedOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal((200, true), await PostSignedWithAsync(TestIdentityServer.ChannelKeyId));
        }

        Assert.Equal(1, _fixture.Identity.ChannelKeySetRequests);
    }

    [Fact]
    public async Task After24Hours_KeysAreFetchedAgain()
    {
        await PostSignedWithAsync(TestIdentityServer.ChannelKeyId);

        _fixture.Time.Advance(TimeSpan.FromHours(24));
        Assert.Equal((200, true), await PostSignedWithAsync(TestIdentityServer.ChannelKeyId));

        Assert.Equal(2, _fixture.Identity.ChannelKeySetRequests);
    }

    [Fact]
    public async Task RotatedKey_UnknownKidRefreshesTheKeys_RateLimitedToEveryFiveMinutes()
    {
        await PostSignedWithAsync(TestIdentityServer.ChannelKeyId);
        _fixture.Identity.AddChannelKey("rotated-key", TestIdentityServer.DefaultEndorsements);

        Assert.Equal((401, false), await PostSignedWithAsync("rotated-key"));
        Assert.Equal(1, _fixture.Identity.ChannelKeySetRequests);

        _fixture.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal((200, true), await PostSignedWithAsync("rotated-key"));
        Assert.Equal(2, _fixture.Identity.ChannelKeySetRequests);

        _fixture.Identity.AddUnpublishedKey("random-kid");
        Assert.Equal((401, false), await PostSignedWithAsync("random-kid"));
        Assert.Equal((401, false), await PostSignedWithAsync("random-kid"));
        Assert.Equal(2, _fixture.Identity.ChannelKeySetRequests);
    }

    [Fact]
    public async Task CallerGivingUpDuringAKeyRefresh_DoesNotCancelItForTheNextCaller()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _fixture.Identity.HoldChannelKeys = hold;
        using var abandoned = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var first = _fixture.PostAsync("Bearer " + _fixture.Identity.Sign(TestIdentityServer.ChannelKeyId, TestIdentityServer.ChannelClaims(AuthFixture.AppId, AuthFixture.ServiceUrl, _fixture.Now)), AuthFixture.Message(), abandoned.Token);
        await _fixture.Identity.ChannelKeysRequested.WaitAsync(Ct);

        await abandoned.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        hold.SetResult();

        Assert.Equal((200, true), await PostSignedWithAsync(TestIdentityServer.ChannelKeyId));
        Assert.Equal(1, _fixture.Identity.ChannelKeySetRequests);
    }

    [Fact]
    public async Task MetadataUnreachable_Is503SoTheChannelRetries()
    {
        await using var unreachable = await AuthFixture.StartAsync(Ct, ("ToBotFromChannelOpenIdMetadataUrl", "http://127.0.0.1:9/none"));

        var token = unreachable.Identity.Sign(TestIdentityServer.ChannelKeyId, TestIdentityServer.ChannelClaims(AuthFixture.AppId, AuthFixture.ServiceUrl, unreachable.Now));

        // Issue 13: 401 would make the channel drop the message; the failure is ours and temporary.
        Assert.Equal((503, false), await unreachable.PostAsync("Bearer " + token, AuthFixture.Message(), Ct));
    }
}
