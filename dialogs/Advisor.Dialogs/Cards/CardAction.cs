using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Schema;

namespace Advisor.Dialogs.Cards;

/// <summary>What a recommendation-card button asks for.</summary>
internal enum FollowUp { Why, WhyNot, Compare, Change, StartOver }

/// <summary>
/// A card button press: Action.Submit data <c>{"advisor": "whyNot", "card": 3}</c>, which arrives as a
/// message whose <c>value</c> is that object and whose text is empty (protocol doc §1.5, §6.4). The card
/// id tells a press on the current card from one on an older (stale) card.
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

    public static CardPress? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty(ActionProperty, out var action) || action.ValueKind != JsonValueKind.String
            || !Enum.TryParse<FollowUp>(action.GetString(), ignoreCase: true, out var followUp))
        {
            return null;
        }

        var card = value.TryGetProperty(CardProperty, out var id) && id.TryGetInt32(out var n) ? n : 0;
        return new CardPress(followUp, card);
    }
}
