using Advisor.Knowledge;

namespace Advisor.Dialogs.Understanding;

/// <summary>The phrases of the conversation itself: bare answers, requests, corrections, fresh starts and pushback.</summary>
internal static partial class Lexicon
{
    /// <summary>The words of the bot's own answers: "whats the difference between medium and large" asks about them (MessageReader).</summary>
    public static IReadOnlySet<string> AnswerWords { get; } = Set("small", "medium", "large", "week", "weeks", "month", "months", "year", "years", "standard", "elevated", "high", "low", "personal", "beginner", "beginners", "intermediate", "experienced", "some", "sizes", "options", "answers", "buttons");

    // A fresh start said at the head of a message that describes the new project (MessageReader).
    public static IReadOnlyList<string[]> AnotherProject { get; } = Phrases("different project", "another project", "new project", "next project", "separate project", "separate thing", "different thing", "other project", "other idea", "totally different project", "completely different project");

    /// <summary>A fresh start said first: "start over: …", "restart, 2 devs …", "forget that one, …" (MessageReader).</summary>
    public static IReadOnlyList<string[]> Restarts { get; } = Phrases("start over", "start again", "starting over", "restart", "start fresh", "from scratch", "begin again", "forget that", "forget all that", "forget about that", "lets start over", "let s start over");

    /// <summary>Words that may come before a fresh start: "ok", "now", "actually" (MessageReader).</summary>
    public static IReadOnlySet<string> LeadFillers { get; } = Set("ok", "okay", "so", "now", "alright", "right", "well", "and", "also", "next", "actually", "then", "hey", "hmm", "um", "totally", "entirely", "completely", "cool", "great", "thanks", "no", "nah", "wait", "that", "thats", "s");

    // Pushback at the result (ResultDialog): the user means to go with a framework, named in the same message.
    public static IReadOnlyList<string[]> Preferences { get; } = Phrases("prefer", "rather use", "rather go with", "rather have", "go with", "going with", "stick with", "sticking with", "stay with", "staying with", "still want", "we ll use", "we will use", "i ll use", "gonna use", "going to use", "decided on", "chose", "picked", "wants", "want", "would like", "leaning", "leaning towards", "lean towards", "can we make", "could we make");

    /// <summary>"no wait", "sorry, I mean": what follows replaces what came before it in the message.</summary>
    public static IReadOnlyList<string[]> Corrections { get; } = Phrases("no wait", "wait no", "i mean", "i meant", "scratch that", "correction", "make that", "or rather", "no sorry", "sorry no", "actually", "sorry", "more like");

    // Scope: "what if it handled payments?" previews instead of changing the answers.
    public static IReadOnlyList<string[]> WhatIf { get; } = Phrases("what if", "what about if", "how about if", "suppose", "supposing", "imagine", "hypothetically", "what would you say if", "what would change if", "what happens if", "and if", "would it change if", "would that change if", "if it were", "if it was", "if we were", "if we had", "if it had", "if we needed", "if it needed", "if we add", "if we added");

    // Scope: "what are my answers?"
    public static IReadOnlyList<string[]> MyAnswers { get; } = Phrases("my answers", "what did i say", "what have i said", "what have i told you", "what did i tell you", "what do you know so far", "what do you have so far", "what you have so far", "what did you understand", "what have you got", "recap", "summary so far", "show my answers", "list my answers", "what are the answers", "answers so far");

    // Answers (AnswerReader): bare words that answer the question just asked, but say too little in a description.
    public static IReadOnlyList<(Answer Answer, string[] Phrases)> Answers { get; } =
    [
        (ProjectSize.Small, ["small", "tiny", "little", "just me", "me", "one", "a few"]),
        (ProjectSize.Medium, ["medium", "mid", "average", "moderate", "a handful", "several"]),
        (ProjectSize.Large, ["large", "big", "huge", "massive", "many", "lots"]),
        (Timeline.Weeks, ["weeks", "days", "soon", "short", "very soon", "a month", "one month"]),
        (Timeline.Months, ["months", "a few months", "medium", "a while"]),
        (Timeline.LongTerm, ["years", "long", "a long time"]),
        (SecurityNeeds.High, ["high", "very high", "critical", "strict", "maximum", "very important"]),
        (SecurityNeeds.Elevated, ["medium", "moderate", "some", "elevated", "average"]),
        (SecurityNeeds.Standard, ["low", "standard", "basic", "normal", "minimal", "not much", "none", "nothing", "public", "not important"]),
        (TeamExperience.Beginner, ["new", "students", "learning", "junior", "none", "not much", "low"]),
        (TeamExperience.Intermediate, ["some", "medium", "moderate", "mixed", "average", "ok", "okay", "decent"]),
        (TeamExperience.Experienced, ["high", "very", "a lot", "lots", "pros", "professionals", "advanced", "solid", "pretty solid", "very solid", "a decade", "decades", "a long time", "ages", "for ages", "years", "many years"]),
    ];

    // Changing an answer: ways to keep the one that was set aside.
    public static IReadOnlyList<string[]> KeepAnswer { get; } = Phrases("keep it", "keep my answers", "keep my answer", "keep it as it was", "keep the old one", "keep the original", "leave it", "leave it as it is", "leave it as it was", "no change", "don't change it", "dont change it", "same as before", "as before", "unchanged");

    // Answers: what an optional question (use case, experience) accepts as "I'd rather not say". Pace words
    // ("no rush") give no date either: at the timeline question they get the best-guess line (docs/understanding.md).
    public static IReadOnlyList<string[]> Unsure { get; } = Phrases("not sure", "unsure", "don't know", "dont know", "do not know", "dunno", "no idea", "no clue", "skip", "pass", "idk", "n/a", "not applicable", "doesn't matter", "does not matter", "whatever", "other", "something else", "none of these", "none of the above", "rather not say", "prefer not to say",
        "no rush", "no hurry", "not in a hurry", "not urgent", "isn't urgent", "not in a rush", "in no hurry", "no time pressure", "take our time", "take my time", "whenever it s done", "whenever it s ready", "whenever it s finished");

    /// <summary>
    /// Intents (IntentReader) in precedence order: the first group with a match wins, so asking
    /// about the question beats "why", and "let's go back" is Back, not "let's go". Whole-only
    /// phrases count when they are the entire message, give or take <see cref="IntentFillers"/>.
    /// </summary>
    public static IReadOnlyList<(Intent Intent, bool WholeOnly, string[] Phrases)> Intents { get; } =
    [
        (Intent.Help, false, ["why do you ask", "why are you asking", "why do you need", "why do you want to know", "why does it matter", "why does that matter", "why is that relevant", "why this question", "why that question", "what does that mean", "what does it mean", "what does this mean", "what that means", "what this means", "what do you mean", "don't understand", "do not understand", "dont understand", "don't get it", "i'm confused", "explain the question", "how does this work", "what can you do", "what counts as", "what do you mean by", "what does medium mean", "what does small mean", "what does large mean", "why do u need", "why do you need to know", "why does this matter"]),
        (Intent.Cancel, false, ["cancel", "stop", "quit", "bye", "goodbye", "good bye", "never mind", "nevermind", "forget it", "exit", "abort", "i'm done", "leave me alone"]),
        (Intent.StartOver, false, ["start over", "restart", "reset", "begin again", "start again", "new project", "from scratch", "start fresh", "another project", "different project", "clear my answers"]),
        (Intent.Back, false, ["go back", "previous question", "undo", "last question", "step back", "one step back"]),
        (Intent.Back, true, ["back", "oops"]),
        (Intent.WhatWouldChange, false, ["change your mind", "changes your mind", "make you change", "what would it take", "what would change the verdict", "what would change the recommendation", "what would change your recommendation", "flip the verdict", "flip the recommendation", "flip your verdict", "flip your recommendation", "tip the balance", "tip the scales", "tip it"]),
        (Intent.ChangeAnswer, false, ["change an answer", "change my answer", "change my answers", "change answer", "change answers", "change something", "change one", "edit answers", "edit my answers", "edit an answer", "update my answer", "correct my answer", "fix my answer", "i want to change", "i'd like to change", "modify my answers"]),
        (Intent.ChangeAnswer, true, ["change", "edit", "modify"]),
        (Intent.WhyNot, false, ["why not", "what about flask", "what about django", "how about flask", "how about django", "what about the other one", "the other one", "flask instead", "django instead", "why wasn't it", "why isn't it", "why didn't you pick", "why didn't you recommend", "why didn't you choose"]),
        (Intent.Compare, false, ["compare", "comparison", "side by side", "vs", "versus", "difference", "differences", "pros and cons", "how do they compare"]),
        (Intent.Why, false, ["why django", "why flask", "why that", "why this", "why is that", "why this one", "explain", "tell me more", "what are the reasons", "the reasons", "reasoning", "how come", "justify", "why did you", "why do you recommend", "why would", "more details"]),
        (Intent.Why, true, ["why", "reasons"]),
        (Intent.AskQuestions, false, ["ask me the questions", "ask me", "interview me", "let's go", "lets go", "ask away", "ask questions", "let's start", "lets start", "let's begin", "get started", "guide me", "i'm ready", "start the questions"]),
        (Intent.AskQuestions, true, ["start", "go", "begin", "ready", "go ahead", "shoot"]),
        (Intent.Help, false, ["help", "help me", "i need help"]),
        (Intent.Help, true, ["what", "huh", "options", "who are you", "what are you", "what do you do", "what is this", "what s this", "whats this", "are you a bot", "are you human", "are you a human", "who made you", "what is this bot", "who is this"]),
        (Intent.Thanks, false, ["thanks", "thank you", "cheers", "thx", "ty", "much appreciated"]),
        (Intent.Greeting, false, ["good morning", "good afternoon", "good evening"]),
        (Intent.Greeting, true, ["hi", "hello", "hey", "hi there", "hello there", "hey there", "howdy", "yo", "greetings", "hiya"]),
    ];

    // Intents: small words around a short command that do not change it ("ok, go back please").
    public static IReadOnlySet<string> IntentFillers { get; } = Set("please", "pls", "ok", "okay", "so", "um", "hmm", "oh", "ah", "well", "then", "now", "just", "bot", "and", "but", "oops", "sorry", "can", "you", "could", "i", "want", "to", "let", "s", "me", "the", "a", "again");
}
