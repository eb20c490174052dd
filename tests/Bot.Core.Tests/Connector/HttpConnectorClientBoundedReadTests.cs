using System.Net;
using Bot.Core.Connector;

namespace Bot.Core.Tests.Connector;

/// <summary>Issue 13, R4: a response body is read only up to its bound.</summary>
public sealed class HttpConnectorClientBoundedReadTests : ConnectorClientTestBase
{
    [Fact]
    public async Task Send_HugeSuccessBody_IsDeliveredWithoutReadingItAll()
    {
        // Issue 13, R4: a channel answering 200 with 200 MB used to be read whole.
        var body = new CountingStream(length: 50L * 1024 * 1024);
        Handler.Enqueue(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });

        var response = await CreateSut().SendToConversationAsync("http://localhost:1", "c", Reply(), TestContext.Current.CancellationToken);

        Assert.Null(response!.Id);
        Assert.True(body.BytesRead <= 2 * HttpConnectorClient.MaxResponseBytes, $"read {body.BytesRead} bytes");
    }

    /// <summary>A body of the given length that counts how much of it was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            Array.Fill(buffer, (byte)' ', offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
