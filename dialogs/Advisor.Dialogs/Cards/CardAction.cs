using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Schema;

namespace Advisor.Dialogs.Cards;

/// <summary>What a recommendation-card button asks for.</summary>
internal enum FollowUp { Why, WhyNot, Compare, Change, StartOver, Record }

/// <summary>
/// A card button press with data <c>{"advisor": "whyNot", "card": 3}</c>. Action.Submit arrives as a
/// message whose <c>value</c> is that object and whose text is empty; Teams' Action.Execute arrives as an
/// <c>adaptiveCard/action</c> invoke with it in <c>value.action.data</c> (protocol doc §1.5, §6.4). The
/// card id tells a press on the current card from one on an older (stale) card.
/// </summary>
internal sealed record CardPress(FollowUp FollowUp, int CardId)
{
    private const string ActionProperty = "advisor";
    private const string CardProperty = "card";

    public static JsonObject Data(FollowUp followUp, int cardId) => new()
    {
        [ActionProperty] = JsonNamingPolicy.CamelCase.ConvertName(followUp.ToString()),
        [CardProperty] = cardId,
    };

    /// <summary>The invoke name of Action.Execute (Universal Actions).</summary>
    public const string ExecuteInvokeName = "adaptiveCard/action";

    private const string ExecuteActionType = "Action.Execute";

    public static bool IsExecuteInvoke(Activity activity) =>
        activity?.Type == ActivityTypes.Invoke && activity.Name == ExecuteInvokeName;

    public static CardPress? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var data = IsExecuteInvoke(activity) && activity.Value is { ValueKind: JsonValueKind.Object } invoke
            && invoke.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var executeData) ? executeData : activity.Value;
        if (data is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty(ActionProperty, out var pressed) || pressed.ValueKind != JsonValueKind.String
            || !Enum.TryParse<FollowUp>(pressed.GetString(), ignoreCase: true, out var followUp))
        {
            return null;
        }

        // Issue 13, D2: values this bot did not write (a card id as a string, "NaN", 1.5) are unreadable
        // input, answered like any other unreadable answer; a missing id reads as no card.
        if (!value.TryGetProperty(CardProperty, out var id))
        {
            return new CardPress(followUp, 0);
        }

        return id.ValueKind == JsonValueKind.Number && id.TryGetInt32(out var card) ? new CardPress(followUp, card) : null;
    }

    /// <summary>
    /// Why an <c>adaptiveCard/action</c> invoke cannot be an Action.Execute press, or null when it can:
    /// its value must be an object whose <c>action</c> is an object of type <c>Action.Execute</c>
    /// (protocol doc §6.4; the channel expects 400 with an error body otherwise).
    /// </summary>
    public static string? ExecuteProblem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return "The invoke has no value object.";
        }

        if (!value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return "The invoke value has no action object.";
        }

        return action.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == ExecuteActionType
            ? null
            : "Only Action.Execute is supported.";
    }
}
