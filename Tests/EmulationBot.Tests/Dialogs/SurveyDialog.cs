using EmulationBot.Conversation;
using EmulationBot.Dialogs;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Tests.Dialogs;

/// <summary>A small dialog that exercises every kind of step the engine offers: choice, text, confirm, end.</summary>
public sealed class SurveyDialog : WaterfallDialog<SurveyDialog.Answers>
{
    public sealed class Answers
    {
        public string? Kind { get; set; }
        public string? Note { get; set; }
    }

    public override string Id => "survey";
    public override string TitleKey => "survey.title";
    public override string? HelpKey => "survey.help";

    public int VersionOverride { get; set; } = 1;
    public override int Version => VersionOverride;

    protected override IReadOnlyList<Step> Steps => [AskKind, AskNote, AskConfirm, Finish];

    private static Task<StepResult> AskKind(StepContext<Answers> step, CancellationToken ct) =>
        Task.FromResult(step.Ask(new ChoicePrompt
        {
            TextKey = "survey.askKind",
            Choices = [new Choice("individual", "Cá nhân") { Synonyms = ["individual"] }, new Choice("collective", "Tập thể") { Synonyms = ["collective", "don vi"] }],
        }));

    private static Task<StepResult> AskNote(StepContext<Answers> step, CancellationToken ct)
    {
        if (!step.IsBack) step.Data.Kind = step.Choice;
        return Task.FromResult(step.Ask(new TextPrompt { TextKey = "survey.askNote", MaxLength = 50 }));
    }

    private static Task<StepResult> AskConfirm(StepContext<Answers> step, CancellationToken ct)
    {
        if (!step.IsBack) step.Data.Note = step.Text;
        return Task.FromResult(step.Ask(new ConfirmPrompt { TextKey = "survey.askConfirm", TextArgs = [step.Data.Kind!, step.Data.Note!] }));
    }

    private static async Task<StepResult> Finish(StepContext<Answers> step, CancellationToken ct)
    {
        await step.SendTextAsync(step.Confirmed == true ? $"SAVED {step.Data.Kind} {step.Data.Note}" : "NOT SAVED", ct);
        return step.End();
    }
}

public sealed class SurveyCommand(DialogRunner runner) : IBotCommand
{
    public string Name => "survey";

    public double Match(Utterance utterance) => CommandMatch.Best(utterance, ["khao sat", "survey"]);

    public Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken) =>
        runner.BeginAsync(turn, session, "survey", null, cancellationToken);
}
