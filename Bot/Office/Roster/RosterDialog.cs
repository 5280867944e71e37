using EmulationBot.Dialogs;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Office.Files;

namespace EmulationBot.Office.Roster;

/// <summary>Asks for the roster file and answers with its preview.</summary>
public sealed class RosterDialog(OfficeGate gate, RosterIntake intake) : WaterfallDialog<RosterDialog.State>
{
    public const string DialogId = "office-roster";

    public sealed class State;

    public override string Id => DialogId;
    public override string TitleKey => "office.roster.dialogTitle";
    public override string? HelpKey => "office.roster.dialogHelp";

    protected override IReadOnlyList<Step> Steps => [AskAsync, ReceiveAsync];

    private static Task<StepResult> AskAsync(StepContext<State> step, CancellationToken cancellationToken) =>
        Task.FromResult(step.Ask(new FilePrompt { TextKey = "office.roster.askFile", Optional = false, MaxFiles = 1 }));

    private async Task<StepResult> ReceiveAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(step.Turn, step.Session, OfficeGate.Office, "roster import", cancellationToken) is not { } person) return step.End();
        if (step.Files.FirstOrDefault() is { } file) await intake.ReceiveAsync(step.Turn, step.Language, person, new AttachedFile(file.Name, file.Url), cancellationToken);
        return step.End();
    }
}
