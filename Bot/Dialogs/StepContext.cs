using EmulationBot.Conversation;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Dialogs;

/// <summary>A waterfall step's view of the turn: the dialog's typed data, the answer to the previous question, and the ways to go on.</summary>
public sealed class StepContext<TData>(DialogContext dialog, TData data, object? value, bool isBack) where TData : class
{
    public DialogContext Dialog { get; } = dialog;
    public TurnContext Turn => Dialog.Turn;
    public UserSession Session => Dialog.Session;
    public Language Language => Dialog.Language;

    /// <summary>The dialog's own record; changes are saved with the dialog.</summary>
    public TData Data { get; } = data;

    /// <summary>The answer to the question the previous step asked (or what the previous step passed on).</summary>
    public object? Value { get; } = value;

    /// <summary>True when the user went back to this step with "quay lại": show the question again, with the old answer as default.</summary>
    public bool IsBack { get; } = isBack;

    public string? Text => Value as string;
    public string? Choice => (Value as ChoiceAnswer)?.Value;
    public bool? Confirmed => Value as bool?;
    public CardData? Card => Value as CardData;
    public IReadOnlyList<FileAnswer> Files => Value as IReadOnlyList<FileAnswer> ?? [];

    /// <summary>The answer of a <see cref="DatePrompt"/>; null when the user skipped it.</summary>
    public Plans.Dates.PlanDate? Date => Value as Plans.Dates.PlanDate?;

    public string T(string key, params object?[] args) => Dialog.Text(key, args);

    public Task SendTextAsync(string text, CancellationToken cancellationToken) => Turn.SendTextAsync(text, cancellationToken);

    public StepResult Ask(Prompt prompt) => new StepResult.AskPrompt(prompt);
    public StepResult Next(object? value = null) => new StepResult.NextStep(value);
    public StepResult GoTo(int index, object? value = null) => new StepResult.GoToStep(index, value);
    public StepResult BeginDialog(string dialogId, object? options = null) => new StepResult.BeginChild(dialogId, options);
    public StepResult End(object? result = null) => new StepResult.Finish(result);
    public StepResult Stop() => new StepResult.Stop();
}
