using Advisor.Dialogs.State;
using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Core.Turns;

namespace Advisor.Dialogs.Resume;

/// <summary>
/// Continuing across conversations (issue 14). Every turn remembers the conversation's answers (and the
/// verdict) as the user's <see cref="LastProject"/>. When that user opens a new conversation with answers
/// on record, the welcome becomes an offer: continue (the answers are copied in and the interview asks
/// only what is missing) or start over (the record is forgotten, and the two ways in are offered). "hi" gets the offer again; anything else declines it quietly.
/// </summary>
public sealed class ResumeOffer(UserState userState)
{
    private readonly StatePropertyAccessor<LastProject> _last = userState.CreateProperty(LastProject.PropertyName, ResumeJsonContext.Default.LastProject);

    /// <summary>In a new conversation of a user with answers on record, sends the offer instead of the welcome. Returns whether it did.</summary>
    public async Task<bool> TryOfferAsync(ITurnContext turnContext, AdvisorState advisor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(advisor);
        if (advisor.Welcomed || turnContext.Activity.Conversation?.IsGroup == true || advisor.Answers != ProjectAnswers.None || await GetAsync(turnContext, cancellationToken) is not { } last || last.Answers == ProjectAnswers.None)
        {
            return false;
        }

        last.OfferedIn = turnContext.Activity.Conversation!.Id;
        await SendOfferAsync(turnContext, last, cancellationToken);
        return true;
    }

    /// <summary>
    /// Reads the user's answer to an open offer in this conversation. "Continue" copies the answers in and
    /// marks the conversation welcomed; "start over" forgets them; either way the turn goes on as usual.
    /// A bare greeting ("hi") answers the turn with the offer again, which stays open; anything else declines it quietly.
    /// Returns whether the turn is answered.
    /// </summary>
    public async Task<bool> AnswerOfferAsync(ITurnContext turnContext, AdvisorState advisor, MessageReading reading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(advisor);
        ArgumentNullException.ThrowIfNull(reading);
        if (await GetAsync(turnContext, cancellationToken) is not { } last || last.OfferedIn != turnContext.Activity.Conversation?.Id)
        {
            return false;
        }

        if (reading.Intent == Intent.Greeting && !reading.StatesFacts)
        {
            await SendOfferAsync(turnContext, last, cancellationToken);
            return true;
        }

        last.OfferedIn = null;
        var text = reading.Text.Trim();
        if (string.Equals(text, ResumeStrings.ContinueButton, StringComparison.OrdinalIgnoreCase) || string.Equals(text, "continue", StringComparison.OrdinalIgnoreCase))
        {
            advisor.Merge(KnowledgeBase.Questions.Select(q => last.Answers.Get(q.Id)).OfType<Answer>().Select(a => new ReadFact(a, Words: ""))); // no words: the user said them in another conversation
            if (last.Answers.Familiarity is { } known)
            {
                advisor.NoteFamiliarity(known, words: null); // "we only know Flask" decided the last verdict; it still counts
            }

            advisor.Welcomed = true;
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = ResumeStrings.Continuing }, cancellationToken);
        }
        else if (string.Equals(text, ResumeStrings.StartOverButton, StringComparison.OrdinalIgnoreCase))
        {
            // The two ways in, once: the full welcome and then "Let's go" read as two contradicting starts.
            await _last.DeleteAsync(turnContext, cancellationToken);
            advisor.Welcomed = true;
            await turnContext.SendActivityAsync(WelcomeButtons.With(ResumeStrings.StartingFresh, turnContext), cancellationToken);
            return true;
        }

        return false;
    }

    private static async Task SendOfferAsync(ITurnContext turnContext, LastProject last, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = ResumeStrings.Offer(last.Answers, last.Verdict),
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions
            {
                To = turnContext.Activity.From?.Id is { } user ? [user] : null,
                Actions = [CardAction.ImBack(ResumeStrings.ContinueButton), CardAction.ImBack(ResumeStrings.StartOverButton)],
            },
        }, cancellationToken);

    /// <summary>The user state the record lives in; the bot loads and saves it with the turn's other state.</summary>
    internal UserState User => userState;

    /// <summary>Keeps the conversation's answers and verdict as the user's last project (saved with the turn's state).</summary>
    internal async Task RememberAsync(ITurnContext turnContext, AdvisorState advisor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(advisor);
        if (turnContext.Activity.From?.Id is null)
        {
            return;
        }

        var answers = advisor.Answers;
        if (answers != ProjectAnswers.None)
        {
            var last = await GetAsync(turnContext, cancellationToken) ?? await NewAsync(turnContext, cancellationToken);
            if (last.Answers != answers)
            {
                last.Answers = answers;
                last.Verdict = KnowledgeBase.MissingRequired(answers).Count == 0 ? FrameworkAdvisor.Default.Winner(answers) : null;
            }
        }
    }

    // A record of another version, or one that cannot be read, is forgotten: no offer is better than a wrong one.
    private async Task<LastProject?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.From?.Id is null)
        {
            return null;
        }

        LastProject? last;
        try
        {
            last = await _last.TryGetAsync(turnContext, cancellationToken);
        }
        catch (StateFormatException)
        {
            last = new LastProject { Version = -1 };
        }

        if (last is null or { Version: LastProject.CurrentVersion })
        {
            return last;
        }

        await _last.DeleteAsync(turnContext, cancellationToken);
        return null;
    }

    private async Task<LastProject> NewAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var last = new LastProject();
        await _last.SetAsync(turnContext, last, cancellationToken);
        return last;
    }
}
