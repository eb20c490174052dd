using Bot.Core.Authentication;
using Bot.Core.Schema;

namespace Bot.DirectLine.Conversations;

/// <summary>
/// Keeps /api/messages away from the built-in Direct Line's conversations, which only its own endpoints
/// may reach (issue 13, A1). Wraps the channel authenticator and refuses an activity that names the
/// built-in endpoint's serviceUrl, or that claims the Direct Line channel without a channel token: a real
/// Direct Line service always sends one, so an unauthenticated "directline" activity can only be someone
/// posing as a built-in conversation to share its state or write into its transcript.
/// </summary>
internal sealed class DirectLineChannelGuard(IChannelAuthenticator inner) : IChannelAuthenticator, IChannelAuthenticatorDecorator
{
    public IChannelAuthenticator Inner => inner;

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (DirectLineConnectorClient.IsDirectLineServiceUrl(activity.ServiceUrl))
        {
            return AuthenticationOutcome.Failed("The activity names the built-in Direct Line's serviceUrl, which only its own endpoints may use.");
        }

        var outcome = await inner.AuthenticateAsync(authorizationHeader, activity, cancellationToken);
        return outcome.Succeeded && outcome.AppId is null && string.Equals(activity.ChannelId, Channels.DirectLine, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationOutcome.Failed("A 'directline' activity without a channel token; built-in Direct Line conversations are reached through /v3/directline only.")
            : outcome;
    }
}
