using System.Diagnostics;
using System.Net.Http.Json;
using Bot.Core.Schema;

namespace Advisor.LoadBench;

/// <summary>deliveryMode expectReplies: each reply arrives in the body of the response to its turn.</summary>
internal sealed class ExpectRepliesChannel(HttpClient client) : IInterviewChannel
{
    // Never contacted: with expectReplies the bot answers in the response.
    private static readonly Uri Unused = new("http://127.0.0.1:1/");

    public async Task<string?> PlayAsync(string conversationId, IReadOnlyList<string> messages, Action<TimeSpan> turnDone, CancellationToken cancellationToken)
    {
        string? last = null;
        for (var turn = -1; turn < messages.Count; turn++)
        {
            var activity = turn < 0
                ? Activities.Join(conversationId, Unused, expectReplies: true)
                : Activities.Message(conversationId, Unused, expectReplies: true, messages[turn]);
            var started = Stopwatch.GetTimestamp();
            using var response = await Activities.PostAsync(client, activity, cancellationToken);
            var replies = await response.Content.ReadFromJsonAsync(BotJsonContext.Default.ExpectedReplies, cancellationToken);
            turnDone(Stopwatch.GetElapsedTime(started));
            last = Activities.LastText(replies?.Activities ?? []) ?? last;
        }

        return last;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
