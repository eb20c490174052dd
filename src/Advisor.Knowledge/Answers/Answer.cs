namespace Advisor.Knowledge;

/// <summary>
/// One answer to one question. The set is closed (a type per question), so an answer always knows its
/// question: filing a timeline under the size question cannot be written, where a boxed enum beside a
/// separate question compiled and then failed at run time (issue 10). Each scale converts implicitly,
/// so <c>Answer a = Timeline.Weeks;</c> reads as the value it holds.
/// </summary>
public abstract record Answer
{
    private protected Answer()
    {
    }

    /// <summary>The question this answers.</summary>
    public abstract Question Question { get; }

    /// <summary>The scale value's name, as stored and as card data carries it (e.g. "Weeks").</summary>
    public abstract string Name { get; }

    public static implicit operator Answer(ProjectSize value) => new SizeAnswer(value);

    public static implicit operator Answer(Timeline value) => new TimelineAnswer(value);

    public static implicit operator Answer(SecurityNeeds value) => new SecurityAnswer(value);

    public static implicit operator Answer(UseCase value) => new UseCaseAnswer(value);

    public static implicit operator Answer(TeamExperience value) => new ExperienceAnswer(value);
}

/// <summary>An answer to <see cref="Question.Size"/>.</summary>
public sealed record SizeAnswer(ProjectSize Value) : Answer
{
    public override Question Question => Question.Size;

    public override string Name => Value.ToString();
}

/// <summary>An answer to <see cref="Question.Timeline"/>.</summary>
public sealed record TimelineAnswer(Timeline Value) : Answer
{
    public override Question Question => Question.Timeline;

    public override string Name => Value.ToString();
}

/// <summary>An answer to <see cref="Question.Security"/>.</summary>
public sealed record SecurityAnswer(SecurityNeeds Value) : Answer
{
    public override Question Question => Question.Security;

    public override string Name => Value.ToString();
}

/// <summary>An answer to <see cref="Question.UseCase"/>.</summary>
public sealed record UseCaseAnswer(UseCase Value) : Answer
{
    public override Question Question => Question.UseCase;

    public override string Name => Value.ToString();
}

/// <summary>An answer to <see cref="Question.Experience"/>.</summary>
public sealed record ExperienceAnswer(TeamExperience Value) : Answer
{
    public override Question Question => Question.Experience;

    public override string Name => Value.ToString();
}
