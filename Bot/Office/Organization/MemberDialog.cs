using EmulationBot.Dialogs;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Roles;
using EmulationBot.Units;

namespace EmulationBot.Office.Organization;

/// <summary>Adds a person or changes one by chat: e-mail, name (for someone new), unit, role, confirmation.</summary>
public sealed class MemberDialog(OfficeGate gate, UnitDirectoryStore store, OrganizationEditor editor) : WaterfallDialog<MemberDialog.State>
{
    public const string DialogId = "office-member";

    public sealed class State
    {
        public string? Key { get; set; }
        public string? Email { get; set; }
        public string? Name { get; set; }
        public string? UnitId { get; set; }
        public Role Role { get; set; }
    }

    public override string Id => DialogId;
    public override string TitleKey => "office.units.dialog.memberTitle";
    public override string? HelpKey => "office.units.dialog.memberHelp";

    protected override IReadOnlyList<Step> Steps => [AskEmailAsync, AfterEmailAsync, AskUnitAsync, AskRoleAsync, ConfirmAsync, SaveAsync];

    private static Task<StepResult> AskEmailAsync(StepContext<State> step, CancellationToken cancellationToken) =>
        Task.FromResult(step.Ask(new TextPrompt { TextKey = "office.units.dialog.askEmail", MaxLength = 254 }));

    private async Task<StepResult> AfterEmailAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        if (!step.IsBack)
        {
            if (EmailAddresses.Normalize(step.Text) is not { } email)
            {
                await step.SendTextAsync(step.T("office.units.outcome.badEmail"), cancellationToken);
                return step.GoTo(0);
            }
            var existing = (await store.GetAsync(cancellationToken)).FindByEmail(email);
            (step.Data.Email, step.Data.Key, step.Data.Name) = (email, existing?.Key, existing?.Name);
            if (existing is not null)
            {
                step.Data.Role = existing.Role;
                await step.SendTextAsync(step.T("office.units.dialog.found", existing.Name), cancellationToken);
                return step.Next();
            }
        }
        return step.Ask(new TextPrompt { TextKey = "office.units.dialog.askPersonName", MaxLength = OrganizationEditor.MaxNameLength });
    }

    private async Task<StepResult> AskUnitAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        if (step.Text is { Length: > 0 } name) step.Data.Name = name.Trim();
        var choices = UnitChoices.Of(await store.GetAsync(cancellationToken), step.Language);
        if (choices.Length == 0)
        {
            await step.SendTextAsync(step.T("office.units.none"), cancellationToken);
            return step.End();
        }
        return step.Ask(new ChoicePrompt { TextKey = "office.units.dialog.askUnit", TextArgs = [step.Data.Name ?? ""], Choices = choices });
    }

    private static Task<StepResult> AskRoleAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        if (step.Choice is { } unitId) step.Data.UnitId = unitId;
        return Task.FromResult(step.Ask(new ChoicePrompt { TextKey = "office.units.dialog.askRole", TextArgs = [step.Data.Name ?? ""], Choices = UnitChoices.Roles() }));
    }

    private async Task<StepResult> ConfirmAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        if (step.Choice is { } role && Enum.TryParse<Role>(role, out var parsed)) step.Data.Role = parsed;
        var unit = (await store.GetAsync(cancellationToken)).FindUnit(step.Data.UnitId)?.Name ?? "";
        return step.Ask(new ConfirmPrompt
        {
            TextKey = "office.units.dialog.confirmMember",
            TextArgs = [step.Data.Name ?? "", step.Data.Email ?? "", unit, step.T(RoleNames.Key(step.Data.Role))],
        });
    }

    private async Task<StepResult> SaveAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        if (step.Confirmed != true)
        {
            await step.SendTextAsync(step.T("office.units.dialog.notSaved"), cancellationToken);
            return step.End();
        }
        if (await gate.AllowAsync(step.Turn, step.Session, OfficeGate.Office, "set role", cancellationToken) is not { } person) return step.End();
        var edit = new MemberEdit(step.Data.Key, step.Data.Name ?? "", step.Data.Email, step.Data.UnitId, step.Data.Role);
        var result = await editor.SaveMemberAsync(person, edit, cancellationToken);
        await step.SendTextAsync(result.Succeeded ? step.T("office.units.memberSaved", result.Name) : OrganizationTexts.Outcome(step.Dialog, result), cancellationToken);
        return step.End();
    }
}
