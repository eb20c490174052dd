using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Bot.Core.Schema;

namespace Bot.Dialogs.Prompts;

/// <summary>What a prompt asks and how (protocol doc §8.3).</summary>
public sealed class PromptOptions
{
    // Read back from dialog state, the two activities stay JSON until someone asks for them: most turns
    // answer the prompt and never send it again (issue 16: they were deserialized on every turn).
    private Activity? _prompt;
    private Activity? _retryPrompt;
    private JsonElement? _promptJson;
    private JsonElement? _retryPromptJson;

    /// <summary>The question. Sent with inputHint <c>expectingInput</c> unless it has its own.</summary>
    public Activity? Prompt
    {
        get => _prompt ??= ReadActivity(_promptJson);
        init => _prompt = value;
    }

    /// <summary>Sent after an answer that was not recognized or not valid; <see cref="Prompt"/> again when null.</summary>
    public Activity? RetryPrompt
    {
        get => _retryPrompt ??= ReadActivity(_retryPromptJson);
        init => _retryPrompt = value;
    }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    public ListStyle Style { get; init; } = ListStyle.Auto;

    /// <summary>
    /// How many answers the prompt takes before it gives up (null = no limit). When the last
    /// allowed answer is not valid the prompt ends without a retry: with <see cref="DefaultValue"/>
    /// when one is given, otherwise with <see cref="PromptResult.NoAnswer"/> so the caller decides.
    /// </summary>
    public int? MaxAttempts { get; init; }

    /// <summary>The result when <see cref="MaxAttempts"/> runs out; JSON of the prompt's result type (see <see cref="DialogJson.From"/>).</summary>
    public JsonNode? DefaultValue { get; init; }

    /// <summary>A prompt whose question (and retry question) are plain text.</summary>
    public static PromptOptions FromText(string prompt, string? retryPrompt = null, int? maxAttempts = null) => new()
    {
        Prompt = MessageFactory.Text(prompt),
        RetryPrompt = retryPrompt is null ? null : MessageFactory.Text(retryPrompt),
        MaxAttempts = maxAttempts,
    };

    internal JsonNode? ToJson()
    {
        var data = new PromptOptionsData
        {
            Prompt = _prompt is null ? _promptJson : JsonSerializer.SerializeToElement(_prompt, BotJsonContext.Default.Activity),
            RetryPrompt = _retryPrompt is null ? _retryPromptJson : JsonSerializer.SerializeToElement(_retryPrompt, BotJsonContext.Default.Activity),
            Choices = Choices is null ? null : [.. Choices],
            Style = Style,
            MaxAttempts = MaxAttempts,
            DefaultValue = DefaultValue?.DeepClone(),
        };
        return JsonSerializer.SerializeToNode(data, PromptJsonContext.Default.PromptOptionsData);
    }

    internal static PromptOptions FromJson(JsonNode? json)
    {
        var data = DialogJson.Read(json, PromptJsonContext.Default.PromptOptionsData)
            ?? throw new DialogStateException("A prompt was begun without PromptOptions.");
        return new PromptOptions
        {
            _promptJson = data.Prompt,
            _retryPromptJson = data.RetryPrompt,
            Choices = data.Choices,
            Style = data.Style,
            MaxAttempts = data.MaxAttempts,
            DefaultValue = data.DefaultValue,
        };
    }

    private static Activity? ReadActivity(JsonElement? json)
    {
        try
        {
            return json switch
            {
                null or { ValueKind: JsonValueKind.Null } => null,
                { ValueKind: JsonValueKind.Object } element => element.Deserialize(BotJsonContext.Default.Activity),
                _ => throw new DialogStateException("A stored prompt is not an activity."),
            };
        }
        catch (JsonException ex)
        {
            throw new DialogStateException("A stored prompt cannot be read as an activity.", ex);
        }
    }
}

/// <summary>The stored shape of <see cref="PromptOptions"/>: activities as raw wire JSON.</summary>
internal sealed class PromptOptionsData
{
    public JsonElement? Prompt { get; set; }
    public JsonElement? RetryPrompt { get; set; }
    public List<Choice>? Choices { get; set; }
    public ListStyle Style { get; set; }
    public int? MaxAttempts { get; set; }
    public JsonNode? DefaultValue { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PromptOptionsData))]
internal sealed partial class PromptJsonContext : JsonSerializerContext;
