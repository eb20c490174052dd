using Bot.Core.Authentication;
using Bot.Core.Schema;

namespace Bot.Core.Tests.Authentication;

/// <summary>With authentication off, replies go only to this machine or to origins the operator allowed (issue 13, SSRF).</summary>
public sealed class AnonymousAuthenticationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Activity From(string? serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = Channels.Emulator,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount("conv-1"),
    };

    [Theory]
    [InlineData("http://localhost:53000/")]
    [InlineData("http://127.0.0.1:9000/")]
    [InlineData("http://[::1]:9000/")]
    public async Task Authenticate_WithALoopbackServiceUrl_IsAccepted(string serviceUrl)
    {
        var outcome = await new AnonymousChannelAuthenticator().AuthenticateAsync(null, From(serviceUrl), Ct);

        Assert.True(outcome.Succeeded);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("http://localhost@169.254.169.254/")]
    [InlineData("http://10.0.0.5:3978/")]
    public async Task Authenticate_WithAServiceUrlOffThisMachine_IsRefused(string serviceUrl)
    {
        var outcome = await new AnonymousChannelAuthenticator().AuthenticateAsync(null, From(serviceUrl), Ct);

        Assert.False(outcome.Succeeded);
    }

    [Fact]
    public async Task Authenticate_WithAnAllowedOrigin_IsAccepted_ButNotAnotherPortOfTheSameHost()
    {
        var sut = new AnonymousChannelAuthenticator(["http://10.0.0.5:3978"]);

        var allowed = await sut.AuthenticateAsync(null, From("http://10.0.0.5:3978/v3/"), Ct);
        var otherPort = await sut.AuthenticateAsync(null, From("http://10.0.0.5:80/"), Ct);

        Assert.Equal((true, false), (allowed.Succeeded, otherPort.Succeeded));
    }

    [Fact]
    public async Task Authenticate_ExpectRepliesWithoutServiceUrl_IsAccepted()
    {
        var outcome = await new AnonymousChannelAuthenticator().AuthenticateAsync(null, From(null), Ct);

        Assert.True(outcome.Succeeded);
    }
}
