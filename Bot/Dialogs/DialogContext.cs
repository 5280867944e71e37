using System.Text.Json;
using EmulationBot.Conversation;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Dialogs;

/// <summary>Everything a dialog needs during a turn: the turn, the user's session, the stack, and prompt rendering.</summary>
public sealed class DialogContext(TurnContext turn, UserSession session, DialogSet dialogs, PromptRenderer renderer, Strings strings)
{
    public TurnContext Turn { get; } = turn;
    public UserSession Session { get; } = session;
    public Language Language => Session.Language;
    public Strings Strings { get; } = strings;
    public DialogSet Dialogs { get; } = dialogs;

    public List<DialogFrame> Stack => Session.Conversation.Dialogs;

    public DialogFrame? ActiveFrame => Stack.Count > 0 ? Stack[^1] : null;

    public string Text(string key, params object?[] args) => Strings.Get(Language, key, args);

    public Task SendTextAsync(string key, CancellationToken cancellationToken, params object?[] args) =>
        Turn.SendTextAsync(Text(key, args), cancellationToken);

    /// <summary>Shows <paramref name="prompt"/> and records it on the active frame as what the dialog waits for.</summary>
    public async Task<DialogStatus> PromptAsync(Prompt prompt, CancellationToken cancellationToken)
    {
        var frame = ActiveFrame ?? throw new InvalidOperationException("No active dialog to prompt for.");
        if (prompt.UsesCard) prompt = prompt with { CardNumber = ++Session.Conversation.CardSequence };
        frame.Prompt = JsonSerializer.SerializeToElement(prompt, PromptJson.Options);
        frame.Retries = 0;
        await Turn.SendActivityAsync(renderer.Render(prompt, frame.DialogId, Language, retry: false), cancellationToken);
        return DialogStatus.Waiting;
    }

    /// <summary>Shows the active prompt again (after help, a plan question, a failed answer, or "back").</summary>
    public async Task RepromptAsync(bool retry, CancellationToken cancellationToken)
    {
        if (ActiveFrame is not { } frame || Prompt.From(frame) is not { } prompt) return;
        if (prompt.UsesCard)
        {
            // A fresh card number: the copy shown earlier becomes stale, so only the newest card is clickable.
            prompt = prompt with { CardNumber = ++Session.Conversation.CardSequence };
            frame.Prompt = JsonSerializer.SerializeToElement(prompt, PromptJson.Options);
        }
        await Turn.SendActivityAsync(renderer.Render(prompt, frame.DialogId, Language, retry), cancellationToken);
    }

    /// <summary>Starts <paramref name="dialogId"/> on top of the stack.</summary>
    public async Task<DialogStatus> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Find(dialogId);
        Stack.Add(new DialogFrame { DialogId = dialog.Id, Version = dialog.Version });
        return await dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Ends the active dialog and hands <paramref name="result"/> to the one below, if any.</summary>
    public async Task<DialogStatus> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (Stack.Count > 0) Stack.RemoveAt(Stack.Count - 1);
        if (ActiveFrame is not { } parent) return DialogStatus.Ended;
        return await Dialogs.Find(parent.DialogId).ResumeAsync(this, result, cancellationToken);
    }

    public void CancelAll() => Stack.Clear();
}
