using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Bot.Core.Schema;

namespace Bot.Dialogs.Prompts;

/// <summary>What a prompt asks and how (protocol doc §8.3).</summary>
public sealed class PromptOptions
{
    /// <summary>The question. Sent with inputHint <c>expectingInput</c> unless it has its own.</summary>
    public Activity? Prompt { get; init; }

    /// <summary>Sent after an answer that was not recognized or not valid; <see cref="Prompt"/> again when null.</summary>
    public Activity? RetryPrompt { get; init; }

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
            Prompt = Prompt is null ? null : JsonSerializer.SerializeToElement(Prompt, BotJsonContext.Default.Activity),
            RetryPrompt = RetryPrompt is null ? null : JsonSerializer.SerializeToElement(RetryPrompt, BotJsonContext.Default.Activity),
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
            Prompt = data.Prompt?.Deserialize(BotJsonContext.Default.Activity),
            RetryPrompt = data.RetryPrompt?.Deserialize(BotJsonContext.Default.Activity),
            Choices = data.Choices,
            Style = data.Style,
            MaxAttempts = data.MaxAttempts,
            DefaultValue = data.DefaultValue,
        };
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
