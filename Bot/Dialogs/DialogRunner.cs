using EmulationBot.Conversation;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Dialogs;

/// <summary>
/// Runs dialogs inside the turn pipeline: starts them for commands, gives them the user's answers (typed, or from
/// a card by Action.Submit or Action.Execute), handles the words that work everywhere (hủy, quay lại, trợ giúp),
/// lets a plan question or another command interrupt and then asks the pending question again, refuses stale or
/// already-submitted cards, and drops dialogs saved by an older version of the bot politely.
/// </summary>
public sealed class DialogRunner(
    DialogSet dialogs,
    PromptRenderer renderer,
    Strings strings,
    IEnumerable<IQuestionAnswerer> answerers,
    IServiceProvider services) : ITurnInterceptor
{
    private readonly IQuestionAnswerer? _answerer = answerers.LastOrDefault();

    public int Order => 0;

    /// <summary>Starts a dialog, replacing one left unfinished (the user is told).</summary>
    public async Task BeginAsync(TurnContext turn, UserSession session, string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dc = Context(turn, session);
        if (dc.ActiveFrame is { } unfinished && dialogs.TryFind(dc.Stack[0].DialogId) is { } old && unfinished.DialogId != dialogId)
        {
            await dc.SendTextAsync("dialogs.replaced", cancellationToken, dc.Text(old.TitleKey));
        }
        dc.CancelAll();
        await dc.BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public static bool IsActive(UserSession session) => session.Conversation.Dialogs.Count > 0;

    public async Task<bool> TryHandleAsync(TurnContext turn, UserSession session, TurnInput input, CancellationToken cancellationToken)
    {
        var dc = Context(turn, session);
        if (input.Card is { Dialog: not null } card)
        {
            return await HandleCardAsync(dc, card, replyToId: turn.Activity.ReplyToId, cancellationToken);
        }
        if (await DropOutdatedAsync(dc, cancellationToken) || dc.ActiveFrame is not { } frame) return false;

        // A button of another card (a Q&A section, a command on the help card): run it, then carry on.
        if (input.Card is { Command: { } name })
        {
            var router = (TurnRouter)services.GetService(typeof(TurnRouter))!;
            if (router.FindCommand(name) is not { } pressed) return false;
            await pressed.RunAsync(turn, session, cancellationToken);
            await ContinueAfterInterruptionAsync(dc, frame, cancellationToken);
            return true;
        }

        if (GlobalWords.Detect(input.Utterance) is { } word)
        {
            await HandleGlobalWordAsync(dc, word, cancellationToken);
            return true;
        }

        var prompt = Prompt.From(frame);
        if (prompt is null) return false;
        var recognition = prompt.Recognize(new PromptInput(input.Utterance, null, turn.Activity.Attachments ?? [], strings));
        var isQuestion = prompt is TextPrompt ? QuestionCues.IsClearlyQuestion(input.Utterance) : QuestionCues.LooksLikeQuestion(input.Utterance);
        if (recognition.Matched && !(isQuestion && prompt is TextPrompt))
        {
            await dialogs.Find(frame.DialogId).ContinueAsync(dc, recognition.Value, cancellationToken);
            return true;
        }
        if (await TryInterruptAsync(dc, frame, input, isQuestion, cancellationToken)) return true;
        if (recognition.Matched)
        {
            await dialogs.Find(frame.DialogId).ContinueAsync(dc, recognition.Value, cancellationToken);
            return true;
        }
        await RetryAsync(dc, frame, prompt, cancellationToken);
        return true;
    }

    public async Task<bool> TryHandleCardActionAsync(TurnContext turn, UserSession session, string? verb, CardData? data, CancellationToken cancellationToken)
    {
        if (data?.Dialog is null) return false;
        var dc = Context(turn, session);
        await HandleCardAsync(dc, data, replyToId: null, cancellationToken);
        turn.InvokeResponse ??= AdaptiveCardInvokeResponse.Message(strings.Get(session.Language, "dialogs.received"));
        return true;
    }

    private async Task<bool> HandleCardAsync(DialogContext dc, CardData card, string? replyToId, CancellationToken cancellationToken)
    {
        var isInvoke = dc.Turn.Activity.Type == ActivityTypes.Invoke;
        var frame = dc.ActiveFrame;
        var prompt = frame is null ? null : Prompt.From(frame);
        var current = frame is not null && frame.DialogId == card.Dialog && prompt?.CardNumber is { } n && n == card.CardNumber;
        if (!current || await DropOutdatedAsync(dc, cancellationToken))
        {
            if (isInvoke) dc.Turn.InvokeResponse = AdaptiveCardInvokeResponse.Card(CardOf(renderer.Expired(dc.Language)));
            else
            {
                if (replyToId is not null) await dc.Turn.UpdateActivityAsync(replyToId, renderer.Expired(dc.Language), cancellationToken);
                await dc.SendTextAsync("dialogs.staleCard", cancellationToken);
            }
            if (dc.ActiveFrame is not null) await dc.RepromptAsync(retry: false, cancellationToken);
            return true;
        }

        if (GlobalWords.FromCard(card.GetString("nav")) is { } word)
        {
            await ReplaceAnsweredCardAsync(dc, isInvoke, replyToId, renderer.Expired(dc.Language), cancellationToken);
            await HandleGlobalWordAsync(dc, word, cancellationToken);
            return true;
        }

        var recognition = prompt!.Recognize(new PromptInput(new Text.Utterance(null), card, [], strings));
        if (!recognition.Matched)
        {
            await RetryAsync(dc, frame!, prompt, cancellationToken);
            return true;
        }
        await ReplaceAnsweredCardAsync(dc, isInvoke, replyToId, renderer.Answered(prompt, recognition.Value, frame!.DialogId, dc.Language), cancellationToken);
        await dialogs.Find(frame.DialogId).ContinueAsync(dc, recognition.Value, cancellationToken);
        return true;
    }

    /// <summary>Action.Execute: the invoke answer replaces the card in place; Action.Submit: a PUT of the card that was pressed.</summary>
    private static async Task ReplaceAnsweredCardAsync(DialogContext dc, bool isInvoke, string? replyToId, Activity replacement, CancellationToken cancellationToken)
    {
        if (isInvoke) dc.Turn.InvokeResponse = AdaptiveCardInvokeResponse.Card(CardOf(replacement));
        else if (replyToId is not null) await dc.Turn.UpdateActivityAsync(replyToId, replacement, cancellationToken);
    }

    private static System.Text.Json.JsonElement CardOf(Activity activity) => activity.Attachments![0].Content!.Value;

    private async Task HandleGlobalWordAsync(DialogContext dc, GlobalWord word, CancellationToken cancellationToken)
    {
        var frame = dc.ActiveFrame!;
        var dialog = dialogs.Find(dc.Stack[0].DialogId);
        switch (word)
        {
            case GlobalWord.Cancel:
                dc.CancelAll();
                await dc.SendTextAsync("dialogs.cancelled", cancellationToken, dc.Text(dialog.TitleKey));
                break;
            case GlobalWord.Back:
                if (!await dialogs.Find(frame.DialogId).BackAsync(dc, cancellationToken))
                {
                    await dc.SendTextAsync("dialogs.atFirstStep", cancellationToken);
                    await dc.RepromptAsync(retry: false, cancellationToken);
                }
                break;
            case GlobalWord.Help:
                var help = dialogs.Find(frame.DialogId).HelpKey ?? dialog.HelpKey;
                await dc.SendTextAsync("dialogs.help", cancellationToken, dc.Text(dialog.TitleKey), help is null ? "" : dc.Text(help));
                await dc.RepromptAsync(retry: false, cancellationToken);
                break;
        }
    }

    /// <summary>A plan question or another command in the middle of a dialog: handle it, then ask the pending question again.</summary>
    private async Task<bool> TryInterruptAsync(DialogContext dc, DialogFrame frame, TurnInput input, bool isQuestion, CancellationToken cancellationToken)
    {
        if (isQuestion && _answerer is not null && await _answerer.TryAnswerAsync(dc.Turn, dc.Session, input.Utterance, cancellationToken))
        {
            await dc.SendTextAsync("dialogs.continue", cancellationToken, dc.Text(dialogs.Find(dc.Stack[0].DialogId).TitleKey));
            await dc.RepromptAsync(retry: false, cancellationToken);
            return true;
        }
        if (Prompt.From(frame) is TextPrompt) return false; // any text is an answer here
        // Resolved late: the router itself depends on this runner (it is one of its interceptors).
        var router = (TurnRouter)services.GetService(typeof(TurnRouter))!;
        if (router.FindCommand(input.Utterance) is not { } command || command.Match(input.Utterance) < 2) return false;
        await command.RunAsync(dc.Turn, dc.Session, cancellationToken);
        await ContinueAfterInterruptionAsync(dc, frame, cancellationToken);
        return true;
    }

    /// <summary>After something else ran in the middle of a dialog that is still open, asks its question again.</summary>
    private async Task ContinueAfterInterruptionAsync(DialogContext dc, DialogFrame frame, CancellationToken cancellationToken)
    {
        if (!ReferenceEquals(dc.ActiveFrame, frame)) return;
        await dc.SendTextAsync("dialogs.continue", cancellationToken, dc.Text(dialogs.Find(dc.Stack[0].DialogId).TitleKey));
        await dc.RepromptAsync(retry: false, cancellationToken);
    }

    private async Task RetryAsync(DialogContext dc, DialogFrame frame, Prompt prompt, CancellationToken cancellationToken)
    {
        if (++frame.Retries > prompt.MaxRetries)
        {
            var dialog = dialogs.Find(dc.Stack[0].DialogId);
            dc.CancelAll();
            await dc.SendTextAsync("dialogs.tooManyRetries", cancellationToken, dc.Text(dialog.TitleKey));
            return;
        }
        await dc.RepromptAsync(retry: true, cancellationToken);
    }

    /// <summary>Dialogs saved by an older version of the bot (or unknown now) are dropped with an apology.</summary>
    private async Task<bool> DropOutdatedAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Stack.Count == 0) return false;
        var outdated = dc.Stack.Any(f => dialogs.TryFind(f.DialogId) is not { } d || d.Version != f.Version);
        if (!outdated) return false;
        dc.CancelAll();
        await dc.SendTextAsync("dialogs.outdated", cancellationToken);
        return true;
    }

    private DialogContext Context(TurnContext turn, UserSession session) => new(turn, session, dialogs, renderer, strings);
}
