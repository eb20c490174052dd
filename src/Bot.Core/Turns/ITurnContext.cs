using Bot.Core.Schema;

namespace Bot.Core.Turns;

/// <summary>Everything a bot needs during one turn: the incoming activity and ways to answer it.</summary>
public interface ITurnContext
{
    /// <summary>The incoming activity, validated by the adapter (type, conversation id and channel are set).</summary>
    Activity Activity { get; }

    /// <summary>Values kept for this turn only.</summary>
    TurnStateCollection TurnState { get; }

    /// <summary>True once the bot has sent a visible activity during this turn.</summary>
    bool Responded { get; }

    /// <summary>Sends activities in order; addressing fields left empty are filled from the incoming activity.</summary>
    Task<IReadOnlyList<ResourceResponse?>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken);
}

/// <summary>Convenience overloads over <see cref="ITurnContext"/>.</summary>
public static class TurnContextExtensions
{
    public static async Task<ResourceResponse?> SendActivityAsync(this ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var responses = await turnContext.SendActivitiesAsync([activity], cancellationToken);
        return responses.Count > 0 ? responses[0] : null;
    }

    public static Task<ResourceResponse?> SendActivityAsync(this ITurnContext turnContext, string text, CancellationToken cancellationToken, string? inputHint = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text, InputHint = inputHint }, cancellationToken);
    }

    /// <summary>Sets the HTTP response of an invoke activity (protocol doc §2.6).</summary>
    public static Task SendInvokeResponseAsync(this ITurnContext turnContext, InvokeResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(response);
        var value = System.Text.Json.JsonSerializer.SerializeToElement(response, BotJsonContext.Default.InvokeResponse);
        return turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = value }, cancellationToken);
    }
}
