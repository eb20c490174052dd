using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// Everything one message says about the project ("a 3-person REST API for our ML model, due in
/// 3 weeks, internal only"), as answers. Only what the text states is set; the rest stays null.
/// The dialogs use <see cref="MessageReader"/> (once per turn); this is its answers-only view.
/// </summary>
public static class ProjectDescriptionReader
{
    /// <param name="text">The user's message; null or empty says nothing.</param>
    /// <param name="reference">The message's local time, against which deadlines ("by March 1st") are measured.</param>
    public static ProjectAnswers Read(string? text, DateTimeOffset reference) => MessageReader.Read(text, reference).Answers;
}
