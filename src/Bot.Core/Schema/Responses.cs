using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Core.Schema;

/// <summary>What a connector returns for a sent activity; the id is optional (protocol doc §2.2).</summary>
public sealed class ResourceResponse
{
    public ResourceResponse() { }

    public ResourceResponse(string? id) => Id = id;

    public string? Id { get; set; }
}

/// <summary>The body of an <c>expectReplies</c> response (protocol doc §2.6).</summary>
public sealed class ExpectedReplies
{
    public IList<Activity> Activities { get; set; } = [];
}

/// <summary>
/// The in-process result of an invoke: <see cref="Status"/> becomes the HTTP status and
/// <see cref="Body"/> the HTTP body. There is no wrapper on the wire (protocol doc §2.6).
/// </summary>
public sealed class InvokeResponse
{
    public int Status { get; set; }
    public JsonElement? Body { get; set; }
}

/// <summary>A connector's error body (protocol doc §2.3).</summary>
public sealed class ErrorResponse
{
    public ErrorDetail? Error { get; set; }
}

public sealed class ErrorDetail
{
    public string? Code { get; set; }
    public string? Message { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
