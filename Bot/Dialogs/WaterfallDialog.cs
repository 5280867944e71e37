using System.Text.Json;
using EmulationBot.Storage;

namespace EmulationBot.Dialogs;

/// <summary>
/// A dialog made of steps run in order. A step asks a question (and the next step receives the answer), passes
/// a value on, jumps, starts a child dialog, or ends. The dialog's data is one typed record, saved with the frame.
/// </summary>
public abstract class WaterfallDialog<TData> : Dialog where TData : class, new()
{
    public delegate Task<StepResult> Step(StepContext<TData> step, CancellationToken cancellationToken);

    protected abstract IReadOnlyList<Step> Steps { get; }

    /// <summary>The data record a new run starts with; <paramref name="options"/> come from whoever began the dialog.</summary>
    protected virtual TData CreateData(object? options) => options as TData ?? new TData();

    public override Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var frame = dc.ActiveFrame!;
        frame.Data = JsonSerializer.SerializeToElement(CreateData(options), StorageJson.Options);
        frame.History.Clear();
        return RunAsync(dc, 0, null, isBack: false, cancellationToken);
    }

    public override Task<DialogStatus> ContinueAsync(DialogContext dc, object? answer, CancellationToken cancellationToken) =>
        RunAsync(dc, dc.ActiveFrame!.Step + 1, answer, isBack: false, cancellationToken);

    public override Task<DialogStatus> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        RunAsync(dc, dc.ActiveFrame!.Step + 1, result, isBack: false, cancellationToken);

    public override async Task<bool> BackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var frame = dc.ActiveFrame!;
        if (frame.History.Count < 2) return false;
        frame.History.RemoveAt(frame.History.Count - 1);
        var previous = frame.History[^1];
        frame.History.RemoveAt(frame.History.Count - 1);
        await RunAsync(dc, previous, null, isBack: true, cancellationToken);
        return true;
    }

    private async Task<DialogStatus> RunAsync(DialogContext dc, int index, object? value, bool isBack, CancellationToken cancellationToken)
    {
        var frame = dc.ActiveFrame!;
        var data = frame.Data is { } json ? json.Deserialize<TData>(StorageJson.Options) ?? new TData() : new TData();
        while (true)
        {
            if (index >= Steps.Count) return await dc.EndDialogAsync(null, cancellationToken);
            frame.Step = index;
            var result = await Steps[index](new StepContext<TData>(dc, data, value, isBack), cancellationToken);
            frame.Data = JsonSerializer.SerializeToElement(data, StorageJson.Options);
            isBack = false;
            switch (result)
            {
                case StepResult.AskPrompt ask:
                    // A step that asks again (its answer was refused) is still one step for "quay lại".
                    if (frame.History.Count == 0 || frame.History[^1] != index) frame.History.Add(index);
                    return await dc.PromptAsync(ask.Prompt, cancellationToken);
                case StepResult.NextStep next:
                    index++;
                    value = next.Value;
                    break;
                case StepResult.GoToStep jump:
                    index = jump.Index;
                    value = jump.Value;
                    break;
                case StepResult.BeginChild child:
                    return await dc.BeginDialogAsync(child.DialogId, child.Options, cancellationToken);
                case StepResult.Finish finish:
                    return await dc.EndDialogAsync(finish.Result, cancellationToken);
                default:
                    return DialogStatus.Waiting;
            }
        }
    }
}
