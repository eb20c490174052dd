namespace Bot.Core.Connector;

/// <summary>
/// Connector URLs: resolved relative to the serviceUrl so its path is kept (Teams: <c>/teams/</c>),
/// with ids escaped as data (Teams ids contain <c>:</c>, <c>@</c>, <c>;</c>) (protocol doc §2.1).
/// </summary>
internal static class ConnectorUris
{
    public static Uri Activities(string serviceUrl, string conversationId, string? activityId = null)
    {
        var relative = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activityId))
        {
            relative += "/" + Uri.EscapeDataString(activityId);
        }

        return new Uri(BaseOf(serviceUrl), relative);
    }

    private static Uri BaseOf(string serviceUrl) =>
        new(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute);
}
