using Bot.Core.Authentication;

namespace Bot.Core.Tests.Authentication;

public sealed class TrustedServiceUrlsTests
{
    [Fact]
    public void Add_ComparesIgnoringCase()
    {
        var sut = new TrustedServiceUrls();

        sut.Add("https://smba.trafficmanager.net/teams/");

        Assert.True(sut.IsTrusted("https://SMBA.trafficmanager.net/teams/"));
        Assert.False(sut.IsTrusted("https://smba.trafficmanager.net/other/"));
    }

    [Fact]
    public void Add_BeyondCapacity_ForgetsTheLeastRecentlySeen()
    {
        var sut = new TrustedServiceUrls(capacity: 2);
        sut.Add("https://a/");
        sut.Add("https://b/");
        sut.Add("https://a/");

        sut.Add("https://c/");

        Assert.Equal((true, false, true), (sut.IsTrusted("https://a/"), sut.IsTrusted("https://b/"), sut.IsTrusted("https://c/")));
    }
}
