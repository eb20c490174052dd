using Advisor.Dialogs.State;
using Advisor.Knowledge;
using Bot.Dialogs.Formatting;

namespace Advisor.Dialogs;

/// <summary>Every sentence the advisor says, in one place, so its voice can be read and tuned together.</summary>
internal static class AdvisorStrings
{
    public const string Welcome = "Hi! I'm Framework Advisor. Tell me about your project and I'll recommend Django or Flask, with my reasons and what would change my mind, all drawn from the article I'm based on.";
    public const string WelcomeHow = "Describe it in one message, or let me ask you a few quick questions.";
    public const string AskMeButton = "Ask me the questions";
    public const string ExampleButton = "Try an example";
    public const string ExampleDescription = "A 3-person REST API for our ML model, due in 3 weeks, internal only";

    public const string LetsStart = "Let's go. A few quick questions:";
    public const string NoFactsFound = "Let's work it out together with a few quick questions.";
    public const string FixHint = "If I got anything wrong, just say so, like “actually it's a large team”.";
    public const string OfferButtons = "No worries. Just tap the answer that fits best:";
    public const string SkippedOptional = "No problem, I'll leave that one open.";

    public const string StartingOver = "Fresh start! Let's size up the project again.";
    public const string Cancelled = "Okay, I've stopped. Whenever you want a recommendation, say hi or describe your project.";
    public const string NothingChanged = "Okay, nothing changed.";
    public const string NothingToCancel = "Okay, I'll leave it there. Your answers and this recommendation stay as they are: say “start over” for a new project.";
    public const string BackAtFirst = "We're at the first question already.";
    public const string WhichAnswer = "Which answer would you like to change?";
    public const string StaleButton = "That button belongs to an earlier recommendation, so I've left it alone.";
    public const string RetiredCard = "This one is out of date: the answers behind it have changed. The latest recommendation is further down.";
    public const string FollowUpTooEarly = "I'll weigh Django against Flask as soon as I have your answers. It's only a few questions.";
    public const string NothingToRedo = "There's nothing to change yet. Let's answer the questions first.";

    public const string GeneralHelp = "I recommend Django or Flask from a few facts about your project: its size, timeline and security needs, plus what you're building and your team's experience if you like. Describe it in one message or let me ask. You can also ask what the article I'm based on says (“does Django have an admin?”), see “my answers”, say “back”, “start over”, or change an answer at any time.";
    public const string ResultHelp = "Ask me why, why not the other one, to compare them side by side, or what changes if an answer does (like “what if it's a large team?”). Say “share” for a decision record to take to your team, or “start over” for a new project.";
    public const string ResultFallback = "I can explain this choice, compare the two side by side, or show what changes if an answer does, like “what if the timeline were a year?”";
    public const string TellMeWhatIsWrong = "If one of my answers about your project is wrong, tell me and I'll weigh it again.";

    public const string YoureWelcome = "You're welcome! Say “start over” whenever you want to size up another project.";

    public const string WhyButton = "Why?";
    public const string CompareButton = "Compare side by side";
    public const string RecordButton = "Decision record";
    public const string ChangeButton = "Change an answer";
    public const string StartOverButton = "Start over";

    public const string TeamWelcomeHow = "To ask me, start a new post in a channel that @mentions me and describes your project.";
    public const string ThreadHello = "Tell me about your project in one message, or say “ask me the questions”. Mention me in each reply so I see it.";

    public static string WhyNotButton(Framework runnerUp) => $"Why not {runnerUp}?";


    /// <summary>
    /// One short line showing what was recorded from free text and the words it came from, so a misreading
    /// is visible and fixable in one message: "Got it: “6 devs” → a medium-sized project; “a year” → more than six months."
    /// </summary>
    public static string? Echo(MergeResult merged, string? familiarityWords = null, Framework? familiarity = null)
    {
        ArgumentNullException.ThrowIfNull(merged);
        var parts = new List<string>();
        parts.AddRange(merged.Added.Select(a => $"“{a.Fact.Words}” → {a.Option.Label}"));
        parts.AddRange(merged.Changed.Select(c => $"“{c.Fact.Words}” → {c.After.Label} (was {c.Before.Label})"));
        if (familiarity is { } known)
        {
            parts.Add($"“{familiarityWords}” → you know {known}");
        }

        var sentences = new List<string>();
        if (parts.Count > 0)
        {
            sentences.Add($"{(merged.Changed.Count > 0 && merged.Added.Count == 0 ? "Changed" : "Got it")}: {string.Join("; ", parts)}.");
        }

        // A passing "HR app" after "an online shop" is not worth a sentence; a hint about security is.
        sentences.AddRange(merged.Kept.Where(k => k.Fact.Question != Question.UseCase).Select(k => $"I kept {k.Kept.Label}: “{k.Fact.Words}” alone doesn't change it."));
        sentences.AddRange(merged.Asked.Select(a => AskedNotChanged(a.Kept.Label, a.Fact.Words)));
        if (parts.Count == 0 && merged.Same.Count > 0)
        {
            sentences.Add($"That's what I have already: {string.Join(", ", merged.Same.Select(s => s.Option.Label))}.");
        }

        return sentences.Count == 0 ? null : string.Join(' ', sentences);
    }

    /// <summary>Said when "Try an example" is typed rather than pressed, so the echo's words make sense.</summary>
    public static readonly string ExampleShown = $"Here's the example I'll read: “{ExampleDescription}”";

    /// <summary>Said before anything else when a message was too long to read whole.</summary>
    public static readonly string TooLong = $"That's a long message: I read the first {Understanding.MessageReader.MaxChars:N0} characters. If something important came later, tell me in a shorter message.";

    /// <summary>A question that would change an answer if it were a statement: the answer stays, and the user knows how to change it.</summary>
    public static string AskedNotChanged(string kept, string words) =>
        $"I kept {kept}, since you asked about “{words}” rather than said it. If that's your project, just tell me.";

    /// <summary>The echo of one typed answer: "Got it: “about 6” → a medium-sized project."</summary>
    public static string Echoed(string words, string label) => $"Got it: “{words}” → {label}.";

    /// <summary>"what are my answers?": each answer with the words it was read from.</summary>
    public static string MyAnswers(AdvisorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var items = KnowledgeBase.Questions
            .Select(q => (Question: q, Option: q.Selected(state.Answers)))
            .Where(a => a.Option is not null)
            .Select(a => $"{QuestionTitle(a.Question.Id)}: {a.Option!.Label}{(state.Words.TryGetValue(a.Question.Id, out var words) ? $" (from “{words}”)" : "")}")
            .ToList();
        if (state.Familiarity is { } known)
        {
            items.Add($"You know {known}{(state.FamiliarityWords is { } words ? $" (from “{words}”)" : "")}");
        }

        return items.Count == 0
            ? "I don't have any answers yet."
            : Markdown.Blocks("Here's what I have:", Markdown.BulletList(items), "To change one, just say it, like “actually it's 8 developers”.");
    }

    public const string NotEnglish = "Sorry, I only speak English. Describe your project in English, or tap a button and I'll ask you a few quick questions.";

    /// <summary>A technology the bot does not weigh: one honest line, then back to what it can do.</summary>
    public static string OutOfScope(string technology) => technology == "FastAPI"
        ? "I only compare Django and Flask. The article mentions FastAPI just once: Django is slower at simple endpoints than Flask or FastAPI."
        : $"I only compare Django and Flask, so I can't weigh {technology} for you.";

    public const string NotWeb = "Django and Flask are both for building web apps and sites, so for a tool with no web side you may not need either. If it will have a web part, tell me about that and I'll compare them for it.";

    public const string AlreadyAsking = "Sure, here's where we are:";
    public const string ShareTooEarly = "There's nothing to share yet: once I've recommended a framework, say “share” for a decision record.";
    public const string WhatIfTooEarly = "Let's finish the questions first; then I can show you what changes if an answer does.";
    public const string ThanksMidway = "You're welcome! Back to the questions:";
    public const string HelloMidway = "Hi again! Here's where we were:";

    public const string WhatIfKeep = "Use these answers";
    public const string WhatIfDiscard = "Keep my answers";

    public static string WhatIfPreview(IEnumerable<string> labels, Recommendation preview, Framework current) =>
        preview.Winner == current
            ? $"With {string.Join(", ", labels)}, I'd still recommend {preview.Winner}. Your answers stay as they are unless you switch."
            : $"With {string.Join(", ", labels)}, I'd recommend {preview.Winner} instead of {current}. Your answers stay as they are unless you switch.";

    /// <summary>"what if the team was 1 dev?" when the team is already small: the imagined answer is the one given.</summary>
    public static string WhatIfSame(IEnumerable<(string Words, string Label)> same, Framework current) =>
        $"{string.Join(" and ", same.Select(s => $"“{s.Words}” is still {s.Label}"))}, so I'd still recommend {current}.";

    /// <summary>"what would change your mind?": the nearest change of one answer that tips the verdict.</summary>
    public static string WhatWouldChange(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return recommendation.FlipText is { } flip
            ? $"{flip} Try “what if …?” to see any other change."
            : $"No small change to one answer would tip it to {recommendation.RunnerUp}. Try “what if …?” to test a bigger one.";
    }

    public const string WhatIfNothing = "Tell me which answer to imagine differently, like “what if it were a large team?”";

    public static string KeptAnswer(string label) => $"Okay, I've kept “{label}”.";

    public const string WhatIfDropped = "Okay, I've dropped the what-if: your answers stay as they are.";

    public static string UndidChange(IEnumerable<string> restored) => $"Okay, I've undone that: back to {string.Join(", ", restored)}.";

    public static string GoingBack(string forgotten) => $"Sure, let's redo that one: I've set aside “{forgotten}”.";

    public static string Changed(IEnumerable<string> labels) => $"Got it: {string.Join(", ", labels)}.";

    /// <summary>What the user can type for each question, for help and retries.</summary>
    public static string Examples(Question question) => question switch
    {
        Question.Size => "“just me”, “5 developers” or “a large team”",
        Question.Timeline => "“3 weeks”, “by March” or “about a year”",
        Question.Security => "“internal tool”, “user log-ins” or “we take payments”",
        Question.UseCase => "“an online shop”, “a REST API” or “not sure”",
        Question.Experience => "“beginners”, “we know Python well” or “skip”",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    public static string QuestionHelp(Question question) =>
        $"{KnowledgeBase.Question(question).WhyWeAsk} You can tap a button or type something like {Examples(question)}.";

    public static string BestGuess(Question question) =>
        $"A best guess is fine: I need this one to weigh Django against Flask. Try something like {Examples(question)}.";

    public static string Retry(Question question) =>
        $"Sorry, I didn't catch that. Tap a button or type something like {Examples(question)}.";

    public static string QuestionPrompt(Question question) =>
        KnowledgeBase.Question(question).IsRequired
            ? KnowledgeBase.Question(question).Prompt
            : $"{KnowledgeBase.Question(question).Prompt} (Optional: “skip” is fine.)";

    public static string QuestionTitle(Question question) => question switch
    {
        Question.Size => "Project size",
        Question.Timeline => "Timeline",
        Question.Security => "Security",
        Question.UseCase => "What you're building",
        Question.Experience => "Team experience",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };
}
