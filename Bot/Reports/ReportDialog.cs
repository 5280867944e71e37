using EmulationBot.Deadlines;
using EmulationBot.Dialogs;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;
using EmulationBot.Plans.Store;
using EmulationBot.Units;
using Microsoft.Extensions.Options;

namespace EmulationBot.Reports;

/// <summary>
/// "Nộp báo cáo": unit (asked once), plan (asked only when several have work for the unit), the obligation (the
/// ones due next for the unit are proposed), the summary, files if any, a review card, then the receipt. From a
/// deadlines-list button the plan and obligation are already chosen.
/// </summary>
public sealed partial class ReportDialog(
    PublishedPlans plans,
    PersonResolver people,
    UnitDirectoryStore directory,
    CompletionStore completions,
    ReportSubmitter submitter,
    ReportCards cards,
    IOptions<ReportOptions> options,
    Strings strings,
    TimeProvider time) : WaterfallDialog<ReportDraft>
{
    public const string DialogId = "report";
    public const int MinSummaryLength = 10;
    private const int ObligationStep = 2, SummaryStep = 3, FilesStep = 4, ReviewStep = 5;

    public override string Id => DialogId;
    public override string TitleKey => "reports.dialogTitle";
    public override string? HelpKey => "reports.dialogHelp";

    protected override IReadOnlyList<Step> Steps =>
        [ChooseUnitAsync, ChoosePlanAsync, ChooseObligationAsync, AskSummaryAsync, AskFilesAsync, ReviewAsync, DecideAsync, ReviseAsync];

    private async Task<StepResult> ChooseUnitAsync(StepContext<ReportDraft> step, CancellationToken cancellationToken)
    {
        var person = await people.ResolveAsync(step.Session, cancellationToken);
        if (person.Unit is null && (await directory.GetAsync(cancellationToken)).Units.Count > 0) return step.BeginDialog(ChooseUnitDialog.DialogId);
        return step.Next();
    }

    private async Task<StepResult> ChoosePlanAsync(StepContext<ReportDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        var person = await people.ResolveAsync(step.Session, cancellationToken);
        draft.UnitId = person.Unit?.Id;
        draft.UnitName = person.Unit?.Name;
        var units = (await directory.GetAsync(cancellationToken)).Units;
        var withWork = (await plans.ListAsync(cancellationToken))
            .Where(p => Occurrences(p, units, draft.UnitId).Any())
            .ToList();
        if (!step.IsBack && withWork.FirstOrDefault(p => p.Plan.Id == draft.PresetPlanId) is { } preset)
        {
            SetPlan(draft, preset);
            return step.Next();
        }
        switch (withWork.Count)
        {
            case 0:
                await step.SendTextAsync(step.T(draft.UnitName is null ? "reports.nothingToReport" : "reports.nothingForUnit", draft.UnitName), cancellationToken);
                return step.End();
            case 1:
                SetPlan(draft, withWork[0]);
                return step.Next();
            default:
                return step.Ask(PlanChoices.Prompt("reports.askPlan", withWork, step.Session.User.CurrentPlanId));
        }
    }

    private async Task<StepResult> ChooseObligationAsync(StepContext<ReportDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        if (step.Choice is { } planId && await plans.FindAsync(planId, cancellationToken) is { } chosen) SetPlan(draft, chosen);
        var plan = await plans.FindAsync(draft.PlanId, cancellationToken);
        if (plan is null) return step.End();
        var units = (await directory.GetAsync(cancellationToken)).Units;
        var occurrences = Occurrences(plan, units, draft.UnitId).ToList();
        if (!step.IsBack && occurrences.FirstOrDefault(o => o.Key == draft.PresetOccurrence) is { } preset)
        {
            draft.PresetOccurrence = null;
            return step.Next(preset.Key);
        }
        var sheet = draft.UnitId is null ? null : await completions.GetAsync(plan.Plan.Id, draft.UnitId, cancellationToken);
        var ordered = occurrences
            .Select(o => (Occurrence: o, Done: DeadlineBoard.IsDone(plan.Plan.Id, o, sheet, step.Session.User, draft.UnitId)))
            .OrderBy(o => o.Done).ThenBy(o => o.Occurrence.Due.Last)
            .Take(6)
            .Select(o => new Choice(o.Occurrence.Key, ObligationTitle(o.Occurrence, o.Done, step.Language))
            {
                Synonyms = [string.Join(' ', Text.VietnameseText.Syllables(Text.VietnameseText.Fold(o.Occurrence.Obligation.What)))],
            })
            .ToArray();
        return step.Ask(new ChoicePrompt { TextKey = "reports.askObligation", TextArgs = [draft.PlanTitle!], Choices = ordered });
    }

    private static void SetPlan(ReportDraft draft, PublishedPlan plan)
    {
        draft.PlanId = plan.Plan.Id;
        draft.PlanTitle = PlanChoices.ShortName(plan.Plan);
    }

    /// <summary>What the unit can report on around today: its dated obligations, except registrations (done by registering).</summary>
    private IEnumerable<ObligationOccurrence> Occurrences(PublishedPlan plan, IReadOnlyList<Unit> units, string? unitId) =>
        plan.Plan.Obligations
            .Where(o => ObligationAssignees.Resolve(o, units).Includes(unitId))
            .SelectMany(o => ObligationOccurrences.Around(o, VietnamTime.Today(time), plan.Plan.Period))
            .Where(o => o.Kind != ObligationKind.Registration);

    /// <summary>"Xây dựng kế hoạch cụ thể… · 30/05/2022", marked when the unit already reported on it.</summary>
    private string ObligationTitle(ObligationOccurrence occurrence, bool done, Language language) =>
        strings.Get(language, done ? "reports.choiceDone" : "reports.choice",
            PlanChoices.Shorten(occurrence.Obligation.What, 60), Plans.Dates.VietnameseDatePrinter.Display(occurrence.Due, language));
}
