namespace Advisor.Dialogs.Understanding;

/// <summary>What a message asks the bot to do, apart from any project facts it states.</summary>
public enum Intent
{
    /// <summary>No request: a project description, an answer, or nothing understood.</summary>
    None,
    Help,
    Cancel,
    StartOver,
    Back,
    ChangeAnswer,
    Why,
    WhyNot,
    Compare,

    /// <summary>"what would change your mind?": what would tip the verdict to the other framework.</summary>
    WhatWouldChange,
    AskQuestions,
    Greeting,
    Thanks,
}
