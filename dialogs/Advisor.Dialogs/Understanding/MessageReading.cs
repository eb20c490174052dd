using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>
/// Everything one message says, read once at the start of the turn (<see cref="TurnReading"/>): what
/// the user asks the bot to do, the project facts it states with the words they came from, and the
/// cues the interruption handlers act on. Nothing here has side effects; handlers decide.
/// </summary>
public sealed record MessageReading
{
    public static MessageReading Empty { get; } = new();

    public string Text { get; init; } = "";

    /// <summary>The message was longer than <see cref="MessageReader.MaxChars"/>, and only its start was read.</summary>
    public bool Truncated { get; init; }

    /// <summary>The message's tokens (<see cref="TextTokens"/>), kept so answer readers need not tokenize again.</summary>
    internal string[] Tokens { get; init; } = [];

    internal IReadOnlyList<Cue> Cues { get; init; } = [];

    /// <summary>Where each token stands in <see cref="Text"/>, for quoting words as typed.</summary>
    internal List<(string Token, int Start, int End)> Spans { get; init; } = [];

    /// <summary>What the user asks the bot to do; None for a description, an answer, or nothing understood.</summary>
    public Intent Intent { get; init; }

    /// <summary>The project facts stated, at most one per question, with their words.</summary>
    public IReadOnlyList<ReadFact> Facts { get; init; } = [];

    /// <summary>A framework the team says it knows ("we know Flask well"), for the echo and the advice.</summary>
    public Framework? Familiarity { get; init; }

    /// <summary>A framework the message says the team does not know ("none of us have used Django").</summary>
    public Framework? DeniedFamiliarity { get; init; }

    /// <summary>The words the familiarity was read from.</summary>
    public string? FamiliarityWords { get; init; }

    /// <summary>The framework the user named, the first if both ("why not flask instead of django" is Flask).</summary>
    public Framework? NamedFramework { get; init; }

    /// <summary>The message asks the bot's own question ("Django or Flask for …?", "which framework should we use?").</summary>
    public bool AsksWhichFramework { get; init; }

    /// <summary>Another framework or language the bot does not weigh ("Pyramid", "Node/Express"), as the user wrote it.</summary>
    public string? OtherTechnology { get; init; }

    /// <summary>The project is not for the web ("a command-line tool", "no web at all"): neither framework is needed.</summary>
    public bool NotWeb { get; init; }

    /// <summary>The message is written in a language other than English.</summary>
    public bool NotEnglish { get; init; }

    /// <summary>"what if it handled payments?": a question about other answers, not a change of them.</summary>
    public bool AsksWhatIf { get; init; }

    /// <summary>"what are my answers?"</summary>
    public bool AsksForAnswers { get; init; }

    /// <summary>"keep it as it was", "leave it".</summary>
    public bool SaysKeep { get; init; }

    /// <summary>"not sure", "no idea", "skip".</summary>
    public bool SaysUnsure { get; init; }

    /// <summary>The whole message is the button title of this question ("Medium (4–10)"), whichever question is open.</summary>
    public Question? ButtonOf { get; init; }

    /// <summary>"ok different project now: small flask api, 2 devs, 2 weeks": a fresh start whose facts are the new project's.</summary>
    public bool StartsAnotherProject { get; init; }

    public bool StatesFacts => Facts.Count > 0;

    /// <summary>The stated facts as answers.</summary>
    public ProjectAnswers Answers => Facts.Aggregate(ProjectAnswers.None, (answers, fact) => answers.With(fact.Answer));

    public ReadFact? Fact(Question question) => Facts.FirstOrDefault(f => f.Question == question);
}
