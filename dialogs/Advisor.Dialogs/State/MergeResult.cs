using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;

namespace Advisor.Dialogs.State;

/// <summary>What recording a message's facts did: new answers, changed ones, ones it already had, and hints and questions it did not let replace an answer.</summary>
public sealed class MergeResult
{
    public List<(ReadFact Fact, AnswerOption Option)> Added { get; } = [];

    public List<(ReadFact Fact, AnswerOption Before, AnswerOption After)> Changed { get; } = [];

    public List<(ReadFact Fact, AnswerOption Option)> Same { get; } = [];

    public List<(ReadFact Fact, AnswerOption Kept)> Kept { get; } = [];

    /// <summary>Facts only asked about ("what about a small team?") that differ from the answer kept.</summary>
    public List<(ReadFact Fact, AnswerOption Kept)> Asked { get; } = [];

    public bool ChangedAnything => Added.Count > 0 || Changed.Count > 0;
}
