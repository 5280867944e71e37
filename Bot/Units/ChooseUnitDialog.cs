using EmulationBot.Dialogs;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;

namespace EmulationBot.Units;

/// <summary>Asks which unit the user works in (once, on first use, or when they ask to change it) and records it.</summary>
/// <remarks>Ends with the unit id, or null when the office has not configured any unit yet.</remarks>
public sealed class ChooseUnitDialog(UnitDirectoryStore directory, PersonResolver people) : WaterfallDialog<ChooseUnitDialog.State>
{
    public const string DialogId = "choose-unit";

    public sealed class State
    {
        public bool Announce { get; set; }
    }

    public override string Id => DialogId;
    public override string TitleKey => "units.dialogTitle";
    public override string? HelpKey => "units.dialogHelp";

    protected override State CreateData(object? options) => new() { Announce = options is true };

    protected override IReadOnlyList<Step> Steps => [AskAsync, SaveAsync];

    private async Task<StepResult> AskAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        var units = (await directory.GetAsync(cancellationToken)).Units;
        if (units.Count == 0)
        {
            if (step.Data.Announce) await step.SendTextAsync(step.T("units.none"), cancellationToken);
            return step.End(null);
        }
        var choices = units.OrderBy(u => u.Name, StringComparer.Create(step.Language.Culture(), ignoreCase: true))
            .Select(u => new Choice(u.Id, u.Name) { Synonyms = u.Aliases })
            .ToArray();
        return step.Ask(new ChoicePrompt { TextKey = "units.ask", Choices = choices });
    }

    private async Task<StepResult> SaveAsync(StepContext<State> step, CancellationToken cancellationToken)
    {
        var person = await people.JoinUnitAsync(step.Session, step.Choice!, cancellationToken);
        if (step.Data.Announce) await step.SendTextAsync(step.T("units.changed", person.Unit?.Name), cancellationToken);
        return step.End(person.Unit?.Id);
    }
}
