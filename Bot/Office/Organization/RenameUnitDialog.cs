using EmulationBot.Dialogs;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Units;

namespace EmulationBot.Office.Organization;

/// <summary>Renames a unit by chat: which unit, then the new name.</summary>
public sealed class RenameUnitDialog(OfficeGate gate, UnitDirectoryStore store, OrganizationEditor editor) : WaterfallDialog<RenameUnitDialog.State>
{
    public const string DialogId = "office-unit-rename";

    public sealed class State
    {
        public string? UnitId { get; set; }
    }

    public override string Id => DialogId;
    public override string TitleKey => "office.units.dialog.renameTitle";

    protected override IReadOnlyList<Step> Steps => [ChooseAsync, AskNameAsync, SaveAsync];

    private async Task<StepResult> ChooseAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        var choices = UnitChoices.Of(await store.GetAsync(cancellationToken), step.Language);
        if (choices.Length == 0)
        {
            await step.SendTextAsync(step.T("office.units.none"), cancellationToken);
            return step.End();
        }
        return step.Ask(new ChoicePrompt { TextKey = "office.units.dialog.whichUnit", Choices = choices });
    }

    private static Task<StepResult> AskNameAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        if (step.Choice is { } unitId) step.Data.UnitId = unitId;
        return Task.FromResult(step.Ask(new TextPrompt { TextKey = "office.units.dialog.askNewName", MaxLength = OrganizationEditor.MaxNameLength }));
    }

    private async Task<StepResult> SaveAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(step.Turn, step.Session, OfficeGate.Office, "rename unit", cancellationToken) is not { } person) return step.End();
        var name = step.Text ?? "";
        var result = await editor.RenameUnitAsync(person, step.Data.UnitId ?? "", name, cancellationToken);
        await step.SendTextAsync(result.Succeeded ? step.T("office.units.renamed", result.Name) : OrganizationTexts.Outcome(step.Dialog, result), cancellationToken);
        return step.End();
    }
}
