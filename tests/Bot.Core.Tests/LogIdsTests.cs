namespace Bot.Core.Tests;

public sealed class LogIdsTests
{
    [Fact]
    public void Hash_IsShortStableAndHidesTheId()
    {
        var hash = LogIds.Hash("a:secret-conversation-id");

        Assert.Equal(hash, LogIds.Hash("a:secret-conversation-id"));
        Assert.NotEqual(hash, LogIds.Hash("another-id"));
        Assert.Equal(13, hash.Length);
        Assert.DoesNotContain("secret", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_OfAHash_IsTheSameHash_SoHashingTwiceStillCorrelates()
    {
        var once = LogIds.Hash("conv-1");

        Assert.Equal(once, LogIds.Hash(once));
    }
}
