using Bot.Core;

namespace Bot.DirectLine.Tests;

/// <summary>Logs name a conversation by a hash, never by the id that addresses it (issue 13, A1).</summary>
public sealed class LogPrivacyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AConversation_StartedAndUsed_IsLoggedByItsHashOnly()
    {
        await using var host = await DirectLineHost.StartAsync(Ct);
        var (conversationId, token, _) = await host.StartConversationAsync(Ct);
        using var post = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"message","text":"hi"}""", Ct);

        Assert.DoesNotContain(host.Logs.Messages, m => m.Contains(conversationId, StringComparison.Ordinal));
        Assert.Contains(host.Logs.Messages, m => m.Contains(LogIds.Hash(conversationId), StringComparison.Ordinal));
    }
}
