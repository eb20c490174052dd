using System.Text.Json.Serialization;

namespace Bot.DirectLine.Endpoints;

/// <summary>
/// The Direct Line <c>Conversation</c> object: camelCase except <c>expires_in</c> (protocol doc §1.1, §5.1).
/// Also what Azure's <c>tokens/generate</c> answers.
/// </summary>
internal sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string? ConversationId,
    [property: JsonPropertyName("token")] string? Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);

/// <summary>What the Web Chat page needs to connect: the token, the user it is bound to, and where to use it.</summary>
internal sealed record WebChatTokenResponse(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("domain")] string? Domain);

/// <summary>The body of Azure's <c>tokens/generate</c>: the user id to embed (protocol doc §5.1).</summary>
internal sealed record TokenGenerateRequest([property: JsonPropertyName("user")] TokenUser User);

internal sealed record TokenUser([property: JsonPropertyName("id")] string Id);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(WebChatTokenResponse))]
[JsonSerializable(typeof(TokenGenerateRequest))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
