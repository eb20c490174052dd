using Advisor.Knowledge;

namespace Advisor.Dialogs.Resume;

/// <summary>What the advisor says when a returning user opens a new conversation (issue 14).</summary>
internal static class ResumeStrings
{
    public const string ContinueButton = "Continue where I left off";
    public const string StartOverButton = "Start over";
    public const string Continuing = "Great, let's pick up where we left off.";
    public const string StartingFresh = "Starting fresh. Describe your project in one message, or let me ask you a few quick questions.";

    public static string Offer(ProjectAnswers answers, Framework? verdict) => verdict is { } framework
        ? $"Welcome back! Last time you told me: {KnowledgeBase.Summary(answers)}, and I recommended {framework}. Shall we continue from there, or start over?"
        : $"Welcome back! Last time you told me: {KnowledgeBase.Summary(answers)}. Shall we continue where you left off, or start over?";
}
