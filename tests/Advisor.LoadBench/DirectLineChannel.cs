using System.Diagnostics;
using Activity = Bot.Core.Schema.Activity;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Schema;

namespace Advisor.LoadBench;

/// <summary>
/// The host's built-in Direct Line, as Web Chat without a socket uses it: a token, a conversation
/// (the bot's welcome turn runs before it answers), then per message a POST and a GET of the
/// activities after the last watermark. A turn's latency is both requests.
/// </summary>
internal sealed class DirectLineChannel(HttpClient client) : IInterviewChannel
{
    private static readonly Uri Generate = new("v3/directline/tokens/generate", UriKind.Relative);
    private static readonly Uri Start = new("v3/directline/conversations", UriKind.Relative);

    public async Task<string?> PlayAsync(string conversationId, IReadOnlyList<string> messages, Action<TimeSpan> turnDone, CancellationToken cancellationToken)
    {
        var (token, id) = await TokenAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        using (var joined = await SendAsync(HttpMethod.Post, Start, token, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), cancellationToken))
        {
            turnDone(Stopwatch.GetElapsedTime(started));
        }

        string? last = null;
        string? watermark = null;
        foreach (var text in messages)
        {
            started = Stopwatch.GetTimestamp();
            var activity = new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount("user", "User"), Locale = "en-US" };
            using (await SendAsync(HttpMethod.Post, ActivitiesUri(id, null), token, JsonContent.Create(activity, BotJsonContext.Default.Activity), cancellationToken))
            {
            }

            using var read = await SendAsync(HttpMethod.Get, ActivitiesUri(id, watermark), token, null, cancellationToken);
            using var set = await JsonDocument.ParseAsync(await read.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            turnDone(Stopwatch.GetElapsedTime(started));
            watermark = set.RootElement.TryGetProperty("watermark", out var mark) ? mark.GetString() : watermark;
            var activities = set.RootElement.GetProperty("activities").Deserialize(BotJsonContext.Default.IListActivity) ?? [];
            last = LoadBench.Activities.LastText(activities.Where(a => a.From?.Role == RoleTypes.Bot)) ?? last;
        }

        return last;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static Uri ActivitiesUri(string conversationId, string? watermark) => new(
        $"v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities{(watermark is null ? string.Empty : "?watermark=" + Uri.EscapeDataString(watermark))}",
        UriKind.Relative);

    private async Task<(string Token, string ConversationId)> TokenAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, Generate, null, null, cancellationToken);
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return (body.RootElement.GetProperty("token").GetString()!, body.RootElement.GetProperty("conversationId").GetString()!);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, string? token, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var status = response.StatusCode;
            response.Dispose();
            throw new InterviewFailedException($"Direct Line {method} {uri} got HTTP {(int)status}.");
        }

        return response;
    }
}
