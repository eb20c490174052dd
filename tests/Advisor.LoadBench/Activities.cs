using System.Net.Http.Json;
using Bot.Core.Schema;

namespace Advisor.LoadBench;

/// <summary>The activities a channel sends to /api/messages for one conversation, and their replies.</summary>
internal static class Activities
{
    private static readonly ChannelAccount Bot = new("bot", "Bot", RoleTypes.Bot);

    public static Activity Join(string conversationId, Uri serviceUrl, bool expectReplies) =>
        Address(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [Bot, User(conversationId)],
        }, conversationId, serviceUrl, expectReplies);

    public static Activity Message(string conversationId, Uri serviceUrl, bool expectReplies, string text) =>
        Address(new Activity { Type = ActivityTypes.Message, Text = text }, conversationId, serviceUrl, expectReplies);

    /// <summary>POSTs one activity to /api/messages; any status but 2xx fails the interview.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Activity activity, CancellationToken cancellationToken)
    {
        var response = await client.PostAsync(
            new Uri("api/messages", UriKind.Relative), JsonContent.Create(activity, BotJsonContext.Default.Activity), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var status = response.StatusCode;
            response.Dispose();
            throw new InterviewFailedException($"{activity.Type} '{activity.Text}' got HTTP {(int)status}.");
        }

        return response;
    }

    /// <summary>The text of the last activity that has one.</summary>
    public static string? LastText(IEnumerable<Activity> activities) => activities.LastOrDefault(a => a.Text is not null)?.Text;

    private static ChannelAccount User(string conversationId) => new($"user-{conversationId}", "User", RoleTypes.User);

    private static Activity Address(Activity activity, string conversationId, Uri serviceUrl, bool expectReplies)
    {
        activity.Id = Guid.NewGuid().ToString("N");
        activity.Timestamp = TimeProvider.System.GetUtcNow();
        activity.ChannelId = "emulator";
        activity.ServiceUrl = serviceUrl.ToString();
        activity.Conversation = new ConversationAccount(conversationId);
        activity.From = User(conversationId);
        activity.Recipient = Bot;
        activity.Locale = "en-US";
        activity.DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null;
        return activity;
    }
}
