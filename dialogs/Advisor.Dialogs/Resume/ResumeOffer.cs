using Advisor.Dialogs.State;
using Advisor.Dialogs.Understanding;
using Advisor.Knowledge;
using Bot.Core.Schema;
using Bot.Core.State;
using Bot.Core.Turns;
using Bot.Dialogs.Prompts;

namespace Advisor.Dialogs.Resume;

/// <summary>
/// Continuing across conversations (issue 14). Every turn remembers the conversation's answers (and the
/// verdict) as the user's <see cref="LastProject"/>. When that user opens a new conversation with answers
/// on record, the welcome becomes an offer: continue (the answers are copied in and the interview asks
/// only what is missing) or start over (the record is forgotten). Anything else declines the offer quietly.
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
        var offer = new Activity
        {
            Type = ActivityTypes.Message,
            Text = ResumeStrings.Offer(last.Answers, last.Verdict),
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions
            {
                To = turnContext.Activity.From?.Id is { } user ? [user] : null,
                Actions = [CardAction.ImBack(ResumeStrings.ContinueButton), CardAction.ImBack(ResumeStrings.StartOverButton)],
            },
        };
        await turnContext.SendActivityAsync(offer, cancellationToken);
        return true;
    }

    /// <summary>
    /// Reads the user's answer to an open offer in this conversation. "Continue" copies the answers in and
    /// marks the conversation welcomed; "start over" forgets them. Either way the turn goes on as usual.
    /// </summary>
    public async Task AnswerOfferAsync(ITurnContext turnContext, AdvisorState advisor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(advisor);
        if (await GetAsync(turnContext, cancellationToken) is not { } last || last.OfferedIn != turnContext.Activity.Conversation?.Id)
        {
            return;
        }

        last.OfferedIn = null;
        var text = PromptInput.GetText(turnContext.Activity).Trim();
        if (string.Equals(text, ResumeStrings.ContinueButton, StringComparison.OrdinalIgnoreCase) || string.Equals(text, "continue", StringComparison.OrdinalIgnoreCase))
        {
            advisor.Merge(KnowledgeBase.Questions.Select(q => last.Answers.Get(q.Id)).OfType<Answer>().Select(a => new ReadFact(a, KnowledgeBase.Option(a).Label)));
            if (last.Answers.Familiarity is { } known)
            {
                advisor.NoteFamiliarity(known, words: null); // "we only know Flask" decided the last verdict; it still counts
            }

            advisor.Welcomed = true;
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = ResumeStrings.Continuing }, cancellationToken);
        }
        else if (string.Equals(text, ResumeStrings.StartOverButton, StringComparison.OrdinalIgnoreCase))
        {
            await _last.DeleteAsync(turnContext, cancellationToken);
        }
    }

    /// <summary>Keeps the conversation's answers and verdict as the user's last project, then saves user state if it changed.</summary>
    public async Task RememberAsync(ITurnContext turnContext, AdvisorState advisor, CancellationToken cancellationToken)
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
                last.Verdict = KnowledgeBase.MissingRequired(answers).Count == 0 ? FrameworkAdvisor.Default.Recommend(answers).Winner : null;
            }
        }

        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
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
