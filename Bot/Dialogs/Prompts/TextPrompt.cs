using EmulationBot.Protocol;

namespace EmulationBot.Dialogs.Prompts;

/// <summary>Asks for free text (a summary, targets one per line…); optional ones accept "bỏ qua" / "skip" as empty.</summary>
public sealed record TextPrompt : Prompt
{
    public int MinLength { get; init; } = 1;
    public int MaxLength { get; init; } = 2000;
    public bool AllowSkip { get; init; }

    /// <summary>Keys of extra quick replies shown under the question (e.g. "giữ nguyên" when editing).</summary>
    public string[] QuickReplyKeys { get; init; } = [];

    public override PromptRecognition Recognize(PromptInput input)
    {
        if (input.Card is not null) return PromptRecognition.NoMatch;
        if (AllowSkip && SkipWords.IsSkip(input.Utterance)) return PromptRecognition.Match("");
        var text = input.Utterance.Original;
        return text.Length >= MinLength && text.Length <= MaxLength ? PromptRecognition.Match(text) : PromptRecognition.NoMatch;
    }

    public override Activity Render(PromptRendering rendering)
    {
        var activity = Activity.CreateMessage(rendering.Question(this));
        var extra = QuickReplyKeys.Select(key => CardAction.ImBack(rendering.T(key)));
        if (AllowSkip) extra = extra.Append(CardAction.ImBack(rendering.T("dialogs.skip")));
        activity.SuggestedActions = rendering.NavigationActions([.. extra]);
        return activity;
    }

    public override string Describe(object? answer, PromptRendering rendering) =>
        answer is string { Length: 0 } ? rendering.T("dialogs.skipped") : answer as string ?? "";
}
