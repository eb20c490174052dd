using Advisor.Knowledge;
using Bot.Dialogs.Prompts;

namespace Advisor.Dialogs.Interview;

/// <summary>
/// The buttons of each question. Titles stay within 20 characters so every channel shows them as
/// buttons (longer titles turn into a numbered list); a question with more options than a channel
/// shows as buttons (what you're building) gets one choice-set card instead (ChoiceRenderer). Each
/// option also answers to its label and synonyms from the knowledge model when typed.
/// </summary>
internal static class QuestionButtons
{
    private static readonly Dictionary<Question, (Answer Answer, string Title)[]> Titles = new()
    {
        [Question.Size] = [(ProjectSize.Small, "Small (1–3 people)"), (ProjectSize.Medium, "Medium (4–10)"), (ProjectSize.Large, "Large (11+)")],
        [Question.Timeline] = [(Timeline.Weeks, "A few weeks"), (Timeline.Months, "1–6 months"), (Timeline.LongTerm, "Over 6 months")],
        [Question.Security] = [(SecurityNeeds.Standard, "Standard"), (SecurityNeeds.Elevated, "Personal data"), (SecurityNeeds.High, "Payments or health")],
        [Question.UseCase] =
        [
            (UseCase.Cms, "Content site / CMS"), (UseCase.ECommerce, "Online shop"), (UseCase.SocialNetwork, "Social network"),
            (UseCase.NewsPublishing, "News / publishing"), (UseCase.ELearning, "E-learning"), (UseCase.DataDashboard, "Data dashboard"),
            (UseCase.Api, "API / microservice"), (UseCase.MlModelServing, "ML model API"), (UseCase.InteractiveDashboard, "Dash / Plotly app"),
            (UseCase.StaticSite, "Static site"), (UseCase.Prototype, "Prototype / MVP"), (UseCase.Other, "Something else"),
        ],
        [Question.Experience] = [(TeamExperience.Beginner, "Beginners"), (TeamExperience.Intermediate, "Some experience"), (TeamExperience.Experienced, "Experienced"), (TeamExperience.NotSure, "Not sure")],
    };

    /// <summary>The choices of <paramref name="question"/>, in the order of <see cref="Options"/>.</summary>
    public static IReadOnlyList<Choice> Choices(Question question) =>
    [
        .. Options(question).Select(o => new Choice(Title(o), [o.Label, .. o.Synonyms])),
    ];

    /// <summary>The options of <paramref name="question"/>, in button order.</summary>
    public static IReadOnlyList<AnswerOption> Options(Question question) =>
        [.. Titles[question].Select(t => KnowledgeBase.Question(question).Option(t.Answer))];

    /// <summary>
    /// The option whose button title the whole text is ("Medium (4–10)"), or null. "Not sure" and
    /// "Something else" say nothing about which question, so they belong to whichever is open.
    /// </summary>
    public static AnswerOption? OptionWithTitle(string text)
    {
        var typed = Understanding.TextTokens.Normalize(text);
        return typed.Length == 0 ? null : TitleIndex.GetValueOrDefault(typed);
    }

    /// <summary>Whether <paramref name="text"/> is exactly a button title, as a button press sends it.</summary>
    public static bool IsTitle(string text) => ExactTitles.Contains(text);

    private static readonly HashSet<string> ExactTitles = [.. Titles.Values.SelectMany(t => t).Select(t => t.Title)];

    private static readonly Dictionary<string, AnswerOption> TitleIndex = Titles
        .SelectMany(q => q.Value.Select(t => (Title: Understanding.TextTokens.Normalize(t.Title), Option: KnowledgeBase.Option(t.Answer))))
        .Where(t => !t.Option.IsUnsure)
        .ToDictionary(t => t.Title, t => t.Option, StringComparer.Ordinal);

    /// <summary>The words are the option's own (its button title, label or a synonym): "small" for "a small project" needs no echo; "about 6" does.</summary>
    public static bool IsOwnWords(AnswerOption option, string words)
    {
        ArgumentNullException.ThrowIfNull(option);
        var typed = Understanding.TextTokens.Normalize(words);
        return option.Synonyms.Append(option.Label).Append(Title(option)).Any(p => Understanding.TextTokens.Normalize(p) == typed);
    }

    public static string Title(AnswerOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return Titles[option.Question].First(t => t.Answer.Equals(option.Answer)).Title;
    }
}
