using EmulationBot.Dialogs.Prompts;

namespace EmulationBot.Dialogs;

/// <summary>What a waterfall step decided: ask something, go on, jump, start a child dialog, or finish.</summary>
public abstract record StepResult
{
    private StepResult() { }

    public sealed record AskPrompt(Prompt Prompt) : StepResult;

    public sealed record NextStep(object? Value) : StepResult;

    public sealed record GoToStep(int Index, object? Value) : StepResult;

    public sealed record BeginChild(string DialogId, object? Options) : StepResult;

    public sealed record Finish(object? Result) : StepResult;

    /// <summary>The step already did everything (e.g. replaced the whole stack); just stop this turn.</summary>
    public sealed record Stop : StepResult;
}
