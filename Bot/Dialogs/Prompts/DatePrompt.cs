using EmulationBot.Plans.Dates;
using EmulationBot.Protocol;

namespace EmulationBot.Dialogs.Prompts;

/// <summary>
/// Asks for a date typed in Vietnamese (with or without diacritics) or English: "30/11", "30/11/2025",
/// "tháng 10/2025", "quý III/2025", "cuối năm", "15 June 2025". The answer is a <see cref="PlanDate"/> with the
/// precision the user gave; a date outside [<see cref="Earliest"/>, <see cref="Latest"/>] is asked again.
/// </summary>
public sealed record DatePrompt : Prompt
{
    /// <summary>The day answers are read against: a date without a year takes this year (the next one once it has passed).</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The earliest due day accepted (compared with the last day of the period the user gave).</summary>
    public DateOnly? Earliest { get; init; }

    public DateOnly? Latest { get; init; }

    /// <summary>When true, "bỏ qua" / "skip" answers with no date (null).</summary>
    public bool Optional { get; init; }

    public override PromptRecognition Recognize(PromptInput input)
    {
        var text = input.Card?.GetString("date") ?? input.Utterance.Original;
        if (input.Card is null && Optional && SkipWords.IsSkip(input.Utterance)) return PromptRecognition.Match(null);
        if (PlanDate.TryParseIso(text, out var iso)) return InRange(iso);
        return VietnameseDateReader.TryRead(text, out var date, DateReadOptions.ForInput(Today)) ? InRange(date) : PromptRecognition.NoMatch;
    }

    public override Activity Render(PromptRendering rendering)
    {
        var activity = Activity.CreateMessage(rendering.Question(this));
        activity.SuggestedActions = Optional
            ? rendering.NavigationActions(CardAction.ImBack(rendering.T("dialogs.skip")))
            : rendering.NavigationActions();
        return activity;
    }

    public override string Describe(object? answer, PromptRendering rendering) =>
        answer is PlanDate date ? VietnameseDatePrinter.Display(date, rendering.Language) : rendering.T("dialogs.skipped");

    private PromptRecognition InRange(PlanDate date)
    {
        if (Earliest is { } earliest && date.Last < earliest) return PromptRecognition.NoMatch;
        if (Latest is { } latest && date.Last > latest) return PromptRecognition.NoMatch;
        return PromptRecognition.Match(date);
    }
}
