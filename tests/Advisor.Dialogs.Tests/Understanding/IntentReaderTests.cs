using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;

namespace Advisor.Dialogs.Tests.Understanding;

public sealed class IntentReaderTests
{
    public static TheoryData<string?, Intent> Messages { get; } = new()
    {
        { "help", Intent.Help }, { "?", Intent.Help }, { "why do you ask?", Intent.Help }, { "Why are you asking that", Intent.Help },
        { "what does that mean", Intent.Help }, { "I don't understand", Intent.Help }, { "what?", Intent.Help }, { "can you help me", Intent.Help },
        { "who are you?", Intent.Help }, { "are you a bot?", Intent.Help }, { "what is this?", Intent.Help }, { "what is this ORM thing?", Intent.None },
        { "sorry, what counts as medium?", Intent.Help },
        { "cancel", Intent.Cancel }, { "STOP", Intent.Cancel }, { "quit", Intent.Cancel }, { "never mind", Intent.Cancel },
        { "forget it", Intent.Cancel }, { "exit", Intent.Cancel },
        { "start over", Intent.StartOver }, { "restart", Intent.StartOver }, { "reset", Intent.StartOver }, { "begin again", Intent.StartOver },
        { "let's start again", Intent.StartOver }, { "new project", Intent.StartOver }, { "from scratch please", Intent.StartOver },
        { "back", Intent.Back }, { "go back", Intent.Back }, { "previous question", Intent.Back }, { "undo", Intent.Back },
        { "oops, go back", Intent.Back }, { "let's go back", Intent.Back },
        { "change an answer", Intent.ChangeAnswer }, { "change my answer", Intent.ChangeAnswer },
        { "I want to change something", Intent.ChangeAnswer }, { "edit answers", Intent.ChangeAnswer },
        { "why?", Intent.Why }, { "why django", Intent.Why }, { "Why that?", Intent.Why }, { "explain", Intent.Why },
        { "tell me more", Intent.Why }, { "what are the reasons", Intent.Why },
        { "why not flask", Intent.WhyNot }, { "Why not Django?", Intent.WhyNot }, { "what about flask", Intent.WhyNot },
        { "why not the other one", Intent.WhyNot },
        { "compare", Intent.Compare }, { "side by side", Intent.Compare }, { "comparison", Intent.Compare },
        { "django vs flask", Intent.Compare }, { "show me the differences", Intent.Compare },
        { "ask me the questions", Intent.AskQuestions }, { "ask me", Intent.AskQuestions }, { "interview me", Intent.AskQuestions },
        { "let's go!", Intent.AskQuestions }, { "start", Intent.AskQuestions },
        { "hi", Intent.Greeting }, { "Hello!", Intent.Greeting }, { "hey 👋", Intent.Greeting }, { "good morning", Intent.Greeting },
        { "thanks", Intent.Thanks }, { "thank you!", Intent.Thanks }, { "cheers", Intent.Thanks },
        { "a 3-person REST API for our ML model, due in 3 weeks", Intent.None }, { "change my answer to 5 developers", Intent.None },
        { "hi, we're building an online shop", Intent.None }, { "we're starting a new project: a small CMS", Intent.None },
        { "medium", Intent.None }, { "5", Intent.None }, { "not sure", Intent.None }, { "I don't know", Intent.None },
        { "about 3 months", Intent.None }, { "", Intent.None }, { null, Intent.None }, { "🎉", Intent.None },
        { "we need a backend for our mobile app", Intent.None }, { "what if we take payments and it's a large team?", Intent.None },
        { "why not flask for a team of 3?", Intent.WhyNot },
        { "what would change your mind?", Intent.WhatWouldChange }, { "what would make you change your mind", Intent.WhatWouldChange },
        { "what would it take to pick flask?", Intent.WhatWouldChange }, { "what could flip the verdict?", Intent.WhatWouldChange },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Read_Message_ReturnsIntent(string? text, Intent expected) => Assert.Equal(expected, IntentReader.Read(text));

    [Theory]
    [InlineData("why not flask", Framework.Flask)]
    [InlineData("Why Django?", Framework.Django)]
    [InlineData("what about FLASK instead of django", Framework.Flask)]
    [InlineData("why not the other one", null)]
    [InlineData("flasks and bottles", null)]
    [InlineData(null, null)]
    public void NamedFramework_Message_ReturnsFirstFramework(string? text, Framework? expected) => Assert.Equal(expected, IntentReader.NamedFramework(text));
}
