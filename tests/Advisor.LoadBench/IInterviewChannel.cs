namespace Advisor.LoadBench;

/// <summary>One way of reaching the bot: plays a whole interview and returns the bot's last text.</summary>
internal interface IInterviewChannel : IAsyncDisposable
{
    /// <summary>
    /// Joins, then sends <paramref name="messages"/> one at a time, reporting each turn's latency to
    /// <paramref name="turnDone"/>. Throws <see cref="InterviewFailedException"/> when a turn fails.
    /// </summary>
    Task<string?> PlayAsync(string conversationId, IReadOnlyList<string> messages, Action<TimeSpan> turnDone, CancellationToken cancellationToken);
}

/// <summary>A turn the host refused or answered with an error.</summary>
internal sealed class InterviewFailedException : Exception
{
    public InterviewFailedException() { }

    public InterviewFailedException(string message) : base(message) { }

    public InterviewFailedException(string message, Exception innerException) : base(message, innerException) { }
}
