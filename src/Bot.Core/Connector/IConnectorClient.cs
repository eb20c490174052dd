using Bot.Core.Schema;

namespace Bot.Core.Connector;

/// <summary>The channel's Connector REST API, as far as a bot answering turns needs it (protocol doc §2.2).</summary>
public interface IConnectorClient
{
    Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse?> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);
}

/// <summary>A connector call failed for good (after any retries); the activity was not delivered.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException() { }

    public ConnectorException(string message) : base(message) { }

    public ConnectorException(string message, Exception innerException) : base(message, innerException) { }

    public ConnectorException(string message, int? statusCode, string? errorCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>The last HTTP status, or null when no response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The connector's error code (e.g. <c>MessageSizeTooBig</c>), when it sent one.</summary>
    public string? ErrorCode { get; }
}
