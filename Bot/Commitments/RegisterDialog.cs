using EmulationBot.Deadlines;
using EmulationBot.Dialogs;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;
using EmulationBot.Plans.Store;
using EmulationBot.Units;

namespace EmulationBot.Commitments;

/// <summary>
/// "Đăng ký thi đua": plan (asked only when several are open), unit (asked once), individual or collective (asked
/// only of a unit head or the office), title, targets, an optional initiative or model example (and by when),
/// a review card, then the receipt. For an employee with one open plan that is five turns: "đăng ký", the title,
/// the targets, "bỏ qua", "xác nhận". The same dialog edits a registration, its answers pre-filled.
/// </summary>
public sealed partial class RegisterDialog(
    PublishedPlans plans,
    PersonResolver people,
    UnitDirectoryStore directory,
    CommitmentStore store,
    CommitmentRegistrar registrar,
    CommitmentCards cards,
    RegistrationNumbers numbers,
    CollectiveRights rights,
    TimeProvider time) : WaterfallDialog<CommitmentDraft>
{
    public const string DialogId = "register";
    private const int TitleStep = 3, TargetsStep = 6, PledgeStep = 7, ReviewStep = 9;

    public override string Id => DialogId;
    public override string TitleKey => "commitments.dialogTitle";
    public override string? HelpKey => "commitments.dialogHelp";

    protected override IReadOnlyList<Step> Steps =>
        [ChoosePlanAsync, ChooseUnitAsync, ChooseKindAsync, AskTitleAsync, CheckDuplicateAsync, AfterDuplicateAsync,
         AskTargetsAsync, AskPledgeAsync, AskPledgeDateAsync, ReviewAsync, DecideAsync, ReviseAsync];

    private async Task<StepResult> ChoosePlanAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        if (draft.IsEditing) return step.Next();
        var published = await plans.ListAsync(cancellationToken);
        var open = published.Where(p => CommitmentRules.IsOpen(p.Plan, VietnamTime.Today(time))).ToList();
        if (!step.IsBack && open.FirstOrDefault(p => p.Plan.Id == draft.PresetPlanId) is { } preset)
        {
            SetPlan(draft, preset);
            return step.Next();
        }
        switch (open.Count)
        {
            case 0:
                await step.SendTextAsync(step.T(published.Count == 0 ? "commitments.noPlan" : "commitments.allClosed"), cancellationToken);
                return step.End();
            case 1:
                SetPlan(draft, open[0]);
                return step.Next();
            default:
                return step.Ask(PlanChoices.Prompt("commitments.askPlan", open, step.Session.User.CurrentPlanId));
        }
    }

    private async Task<StepResult> ChooseUnitAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        if (step.Choice is { } planId && await plans.FindAsync(planId, cancellationToken) is { } chosen) SetPlan(step.Data, chosen);
        if (step.Data.IsEditing) return step.Next();
        step.Session.User.CurrentPlanId = step.Data.PlanId;
        var person = await people.ResolveAsync(step.Session, cancellationToken);
        if (person.Unit is null && (await directory.GetAsync(cancellationToken)).Units.Count > 0) return step.BeginDialog(ChooseUnitDialog.DialogId);
        return step.Next();
    }

    private async Task<StepResult> ChooseKindAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        if (draft.IsEditing) return step.Next();
        var person = await people.ResolveAsync(step.Session, cancellationToken);
        draft.UnitId = person.Unit?.Id;
        draft.UnitName = person.Unit?.Name;
        if (!await rights.MayRegisterForUnitAsync(step.Turn, step.Session, person, cancellationToken))
        {
            if (draft.WantsCollective) await step.SendTextAsync(step.T("commitments.collectiveDenied"), cancellationToken);
            draft.WantsCollective = false;
            draft.Kind = CommitmentKind.Individual;
            return step.Next();
        }
        if (draft.WantsCollective && !step.IsBack)
        {
            draft.Kind = CommitmentKind.Collective;
            return step.Next();
        }
        return step.Ask(new ChoicePrompt
        {
            TextKey = "commitments.askKind",
            TextArgs = [draft.UnitName!],
            Choices =
            [
                new Choice("individual", TitleKey: "commitments.kindIndividual") { Synonyms = ["ca nhan", "cho toi", "ban than", "individual", "myself", "me"] },
                new Choice("collective", TitleKey: "commitments.kindCollective") { Synonyms = ["tap the", "don vi", "cho don vi", "collective", "unit", "team"] },
            ],
        });
    }

    private Task<StepResult> AskTitleAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        if (step.Choice is "individual" or "collective") draft.Kind = step.Choice == "collective" ? CommitmentKind.Collective : CommitmentKind.Individual;
        if (Skipping(draft, "title")) return Task.FromResult(step.Next());
        var choices = EmulationTitles.For(draft.Kind).Select(t => TitleChoice(t, t.Code, step.Language, hidden: false)).ToList();
        if (draft.Kind == CommitmentKind.Individual) choices.AddRange(EmulationTitles.CollectiveOnly.Select(t => TitleChoice(t, "c:" + t.Code, step.Language, hidden: true)));
        if (EmulationTitles.Find(draft.Kind, draft.TitleCode) is { } current)
        {
            choices.Add(new Choice("keep", TitleKey: "commitments.keep") { Synonyms = ReviewWords.KeepWords });
            return Task.FromResult(step.Ask(new ChoicePrompt { TextKey = "commitments.askTitleCurrent", TextArgs = [current.Name(step.Language)], Choices = [.. choices] }));
        }
        return Task.FromResult(step.Ask(draft.Kind == CommitmentKind.Collective
            ? new ChoicePrompt { TextKey = "commitments.askTitleCollective", TextArgs = [draft.PlanTitle!, draft.UnitName!], Choices = [.. choices] }
            : new ChoicePrompt { TextKey = "commitments.askTitle", TextArgs = [draft.PlanTitle!], Choices = [.. choices] }));
    }

    private async Task<StepResult> CheckDuplicateAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        if (step.IsBack) return step.GoTo(TitleStep);
        if (Skipping(draft, "title") || step.Choice is not { } picked || picked == "keep") return step.Next();
        if (picked.StartsWith("c:", StringComparison.Ordinal))
        {
            var person = await people.ResolveAsync(step.Session, cancellationToken);
            var title = EmulationTitles.Find(CommitmentKind.Collective, picked[2..]);
            if (draft.IsEditing || !await rights.MayRegisterForUnitAsync(step.Turn, step.Session, person, cancellationToken))
            {
                await step.SendTextAsync(step.T("commitments.collectiveTitleRefused", title?.Name(step.Language)), cancellationToken);
                return step.GoTo(TitleStep);
            }
            draft.Kind = CommitmentKind.Collective;
            picked = picked[2..];
        }
        draft.TitleCode = picked;
        var existing = await FindExistingAsync(step, cancellationToken);
        if (existing is null) return step.Next();
        draft.DuplicateKey = existing.Value.Key;
        return step.Ask(new ConfirmPrompt
        {
            TextKey = "commitments.duplicate",
            TextArgs = [EmulationTitles.Find(draft.Kind, draft.TitleCode)?.Name(step.Language) ?? "", existing.Value.Number, VietnamTime.FormatDate(existing.Value.At)],
            YesKey = "commitments.editExisting",
            NoKey = "commitments.chooseOther",
        });
    }

    private async Task<StepResult> AfterDuplicateAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        if (step.Confirmed is not { } editExisting || draft.DuplicateKey is not { } key) return step.Next();
        draft.DuplicateKey = null;
        if (!editExisting)
        {
            draft.TitleCode = null;
            await step.SendTextAsync(step.T("commitments.chooseAnotherTitle"), cancellationToken);
            return step.GoTo(TitleStep);
        }
        var stored = await store.ReadAsync(key, cancellationToken);
        if (stored is null || stored.Value.Status == CommitmentStatus.Withdrawn)
        {
            CommitmentIndex.Remove(step.Session.User, key);
            return step.Next();
        }
        var plan = await plans.FindAsync(stored.Value.PlanId, cancellationToken);
        if (CommitmentRules.BlockedReason(plan?.Plan, stored.Value, VietnamTime.Today(time)) is { } reason)
        {
            await step.SendTextAsync(step.T("commitments.manage.blocked", step.T(reason)), cancellationToken);
            return step.End();
        }
        draft.LoadFrom(stored.Value, key, stored.ETag);
        await step.SendTextAsync(step.T("commitments.editing", stored.Value.Number), cancellationToken);
        return step.Next();
    }

    private static void SetPlan(CommitmentDraft draft, PublishedPlan plan)
    {
        draft.PlanId = plan.Plan.Id;
        draft.PlanTitle = PlanChoices.ShortName(plan.Plan);
    }

    private async Task<(string Key, string Number, DateTimeOffset At)?> FindExistingAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        if (draft.Kind == CommitmentKind.Individual)
        {
            var mine = CommitmentIndex.Find(step.Session.User, draft.PlanId!, draft.Kind, draft.TitleCode!);
            return mine is not null && mine.Key != draft.Key ? (mine.Key, mine.Number, mine.RegisteredAt) : null;
        }
        // A unit's collective registration may have been made by another head: its key is the unit's, so one read tells.
        var key = CommitmentKeys.For(draft.PlanId!, draft.UnitId, draft.Kind, "", draft.TitleCode!);
        if (key == draft.Key || await store.ReadAsync(key, cancellationToken) is not { } stored || stored.Value.Status == CommitmentStatus.Withdrawn) return null;
        return (key, stored.Value.Number, stored.Value.RegisteredAt);
    }

    private static bool Skipping(CommitmentDraft draft, string part) => draft.Revise is not null && draft.Revise != part;

    private static Choice TitleChoice(EmulationTitle title, string value, Language language, bool hidden) => new(value, title.Name(language))
    {
        Synonyms = [.. title.Synonyms, Text.VietnameseText.Fold(title.Vietnamese), Text.VietnameseText.Fold(title.English)],
        Hidden = hidden,
    };
}
