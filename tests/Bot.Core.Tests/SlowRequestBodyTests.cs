using Bot.Core.Hosting;
using Microsoft.AspNetCore.Http;

namespace Bot.Core.Tests;

/// <summary>Issue 13: a client too slow to send its body is refused as the client's fault, not a server error.</summary>
public sealed class SlowRequestBodyTests
{
    [Fact]
    public async Task ReadActivity_BodyTooSlow_IsRefusedWithItsStatus()
    {
        var http = new DefaultHttpContext();
        http.Request.ContentType = "application/json";
        http.Request.Body = new TooSlowBody();

        var (activity, rejection) = await BotMessagesEndpoint.ReadActivityAsync(http.Request, 4096, TestContext.Current.CancellationToken);

        Assert.Null(activity);
        Assert.Equal(StatusCodes.Status408RequestTimeout, rejection?.Status);
    }

    /// <summary>What Kestrel's minimum request body data rate throws from a read.</summary>
    private sealed class TooSlowBody : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(new BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", StatusCodes.Status408RequestTimeout));
    }
}
