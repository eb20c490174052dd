namespace Bot.Core.Telemetry;

/// <summary>
/// Outbound connector calls are traced by HttpClient instrumentation, whose <c>url.full</c> would carry the
/// conversation id (<c>/v3/conversations/{id}/activities</c>, protocol doc §2). This gives the URL with the
/// id hashed as on the turn's span, so a host can put that on the span instead.
/// </summary>
public static class ConnectorUrls
{
    private const string Marker = "/v3/conversations/";

    /// <summary>The URL with its conversation id hashed and no query; other URLs unchanged (query dropped too).</summary>
    public static string Redact(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var left = uri.GetLeftPart(UriPartial.Path);
        var start = left.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return left;
        }

        var idStart = start + Marker.Length;
        var idEnd = left.IndexOf('/', idStart);
        var id = Uri.UnescapeDataString(idEnd < 0 ? left[idStart..] : left[idStart..idEnd]);
        return string.Concat(left.AsSpan(0, idStart), TurnSpans.Hash(id), idEnd < 0 ? string.Empty : left[idEnd..]);
    }
}
