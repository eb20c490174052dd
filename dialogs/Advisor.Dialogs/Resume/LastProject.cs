using System.Text.Json.Serialization;
using Advisor.Knowledge;

namespace Advisor.Dialogs.Resume;

/// <summary>
/// What the advisor remembers about a user across conversations (user state, issue 14): the last
/// answers and verdict, so a new conversation (a page reload, a bot restart) can pick up from there.
/// </summary>
public sealed class LastProject
{
    /// <summary>The stored shape; another version is forgotten rather than guessed at (the user simply gets no offer).</summary>
    public const int CurrentVersion = 1;

    public const string PropertyName = "LastProject";

    public int Version { get; set; } = CurrentVersion;

    public ProjectAnswers Answers { get; set; } = ProjectAnswers.None;

    /// <summary>The recommendation those answers got, once every required question was answered.</summary>
    public Framework? Verdict { get; set; }

    /// <summary>The conversation where the offer to continue awaits the user's answer; null when none does.</summary>
    public string? OfferedIn { get; set; }
}

/// <summary>Stored JSON of the user's last project: camelCase, enums by name.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(LastProject))]
internal sealed partial class ResumeJsonContext : JsonSerializerContext;
