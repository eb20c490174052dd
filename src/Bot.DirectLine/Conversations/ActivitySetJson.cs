using System.Text.Json;
using Bot.Core.Schema;

namespace Bot.DirectLine.Conversations;

/// <summary>
/// Writes a Direct Line ActivitySet, <c>{ "activities": [...], "watermark": "..." }</c> (protocol doc §5.1/§5.2),
/// from activities already serialized by Bot.Core's JSON context, so each is serialized once however
/// many times it is sent.
/// </summary>
internal static class ActivitySetJson
{
    public static byte[] Write(IEnumerable<byte[]> activities, string? watermark)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in activities)
            {
                writer.WriteRawValue(activity, skipInputValidation: true);
            }

            writer.WriteEndArray();
            if (watermark is not null)
            {
                writer.WriteString("watermark", watermark);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static byte[] Serialize(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity);

    public static Activity Copy(Activity activity) => JsonSerializer.Deserialize(Serialize(activity), BotJsonContext.Default.Activity)!;
}
