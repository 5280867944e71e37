using EmulationBot.Dialogs;
using EmulationBot.Dialogs.Prompts;

namespace EmulationBot.Office.Organization;

/// <summary>Adds a unit by chat: asks its name unless it was typed with the command.</summary>
public sealed class AddUnitDialog(OfficeGate gate, OrganizationEditor editor) : WaterfallDialog<AddUnitDialog.State>
{
    public const string DialogId = "office-unit-add";

    public sealed class State
    {
        public string Name { get; set; } = "";
    }

    public override string Id => DialogId;
    public override string TitleKey => "office.units.dialog.addTitle";

    protected override IReadOnlyList<Step> Steps => [AskAsync, SaveAsync];

    private static Task<StepResult> AskAsync(StepContext<State> step, CancellationToken cancellationToken) =>
        Task.FromResult(step.Data.Name.Length > 0 && !step.IsBack
            ? step.Next(step.Data.Name)
            : step.Ask(new TextPrompt { TextKey = "office.units.dialog.askName", MaxLength = OrganizationEditor.MaxNameLength }));

    private async Task<StepResult> SaveAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        step.Data.Name = step.Text ?? "";
        if (await gate.AllowAsync(step.Turn, step.Session, OfficeGate.Office, "add unit", cancellationToken) is not { } person) return step.End();
        var result = await editor.AddUnitAsync(person, step.Data.Name, cancellationToken);
        await step.SendTextAsync(result.Succeeded ? step.T("office.units.added", result.Name) : OrganizationTexts.Outcome(step.Dialog, result), cancellationToken);
        return step.End();
    }
}
