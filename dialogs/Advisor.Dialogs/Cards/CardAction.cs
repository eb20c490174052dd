using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Schema;

namespace Advisor.Dialogs.Cards;

/// <summary>What a recommendation-card button asks for.</summary>
internal enum FollowUp { Why, WhyNot, Compare, Change, StartOver }

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

        var card = value.TryGetProperty(CardProperty, out var id) && id.TryGetInt32(out var n) ? n : 0;
        return new CardPress(followUp, card);
    }
}
