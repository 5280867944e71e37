using EmulationBot.Dialogs;
using EmulationBot.Units;

namespace EmulationBot.Deadlines;

/// <summary>The deadlines list for a user whose unit is not known yet: asks it once (<see cref="ChooseUnitDialog"/>), then shows the list.</summary>
public sealed class DeadlinesDialog(DeadlinesPresenter presenter, PersonResolver people) : WaterfallDialog<DeadlineQuery>
{
    public const string DialogId = "deadlines";

    public override string Id => DialogId;
    public override string TitleKey => "deadlines.dialogTitle";
    public override string? HelpKey => "deadlines.dialogHelp";

    protected override IReadOnlyList<Step> Steps => [AskUnitAsync, ShowAsync];

    protected override DeadlineQuery CreateData(object? options) => options as DeadlineQuery ?? DeadlineQuery.All;

    private static Task<StepResult> AskUnitAsync(StepContext<DeadlineQuery> step, CancellationToken cancellationToken) =>
        Task.FromResult(step.BeginDialog(ChooseUnitDialog.DialogId));

    private async Task<StepResult> ShowAsync(StepContext<DeadlineQuery> step, CancellationToken cancellationToken)
    {
        var person = await people.ResolveAsync(step.Session, cancellationToken);
        await presenter.ShowAsync(step.Turn, step.Session, person, step.Data, cancellationToken);
        return step.End();
    }
}
