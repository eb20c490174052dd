using Bot.Core.Connector;
using Bot.Core.Schema;

namespace Bot.Testing;

/// <summary>An in-memory connector that records what the adapter delivered, and how.</summary>
public sealed class RecordingConnector : IConnectorClient
{
    private int _nextId;

    public List<(string Operation, string ServiceUrl, string ConversationId, string? ActivityId, Activity? Activity)> Calls { get; } = [];

    /// <summary>When set, every call fails with this exception.</summary>
    public Exception? FailWith { get; set; }

    public Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Record("send", serviceUrl, conversationId, null, activity);

    public Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record("reply", serviceUrl, conversationId, activityId, activity);

    public Task<ResourceResponse?> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record("update", serviceUrl, conversationId, activityId, activity);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Record("delete", serviceUrl, conversationId, activityId, null);

    private Task<ResourceResponse?> Record(string operation, string serviceUrl, string conversationId, string? activityId, Activity? activity)
    {
        if (FailWith is { } failure)
        {
            return Task.FromException<ResourceResponse?>(failure);
        }

        lock (Calls)
        {
            Calls.Add((operation, serviceUrl, conversationId, activityId, activity));
        }

        return Task.FromResult<ResourceResponse?>(new ResourceResponse($"sent-{Interlocked.Increment(ref _nextId)}"));
    }
}
