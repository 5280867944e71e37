using EmulationBot.Dialogs;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Units;

namespace EmulationBot.Office.Organization;

/// <summary>Removes an empty unit by chat: which unit, then a confirmation.</summary>
public sealed class RemoveUnitDialog(OfficeGate gate, UnitDirectoryStore store, OrganizationEditor editor) : WaterfallDialog<RemoveUnitDialog.State>
{
    public const string DialogId = "office-unit-remove";

    public sealed class State
    {
        public string? UnitId { get; set; }
        public string? Name { get; set; }
    }

    public override string Id => DialogId;
    public override string TitleKey => "office.units.dialog.removeTitle";

    protected override IReadOnlyList<Step> Steps => [ChooseAsync, ConfirmAsync, SaveAsync];

    private async Task<StepResult> ChooseAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        var choices = UnitChoices.Of(await store.GetAsync(cancellationToken), step.Language);
        if (choices.Length == 0)
        {
            await step.SendTextAsync(step.T("office.units.none"), cancellationToken);
            return step.End();
        }
        return step.Ask(new ChoicePrompt { TextKey = "office.units.dialog.whichUnitRemove", Choices = choices });
    }

    private async Task<StepResult> ConfirmAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        if (step.Choice is { } unitId)
        {
            step.Data.UnitId = unitId;
            step.Data.Name = (await store.GetAsync(cancellationToken)).FindUnit(unitId)?.Name ?? unitId;
        }
        return step.Ask(new ConfirmPrompt { TextKey = "office.units.dialog.confirmRemove", TextArgs = [step.Data.Name ?? ""] });
    }

    private async Task<StepResult> SaveAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        if (step.Confirmed != true)
        {
            await step.SendTextAsync(step.T("office.units.dialog.kept"), cancellationToken);
            return step.End();
        }
        if (await gate.AllowAsync(step.Turn, step.Session, OfficeGate.Office, "remove unit", cancellationToken) is not { } person) return step.End();
        var result = await editor.RemoveUnitAsync(person, step.Data.UnitId ?? "", cancellationToken);
        await step.SendTextAsync(result.Succeeded ? step.T("office.units.removed", step.Data.Name) : OrganizationTexts.Outcome(step.Dialog, result), cancellationToken);
        return step.End();
    }
}
