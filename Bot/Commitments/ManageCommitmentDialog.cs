using EmulationBot.Deadlines;
using EmulationBot.Dialogs;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;
using EmulationBot.Office.Audit;
using EmulationBot.Units;

namespace EmulationBot.Commitments;

/// <summary>
/// Edits or withdraws one of the user's own registrations: picks it from their index (never from card data alone:
/// a number that is not theirs is "not found"), reads it, checks <see cref="CommitmentRules"/>, then re-enters the
/// registration dialog pre-filled, or asks to confirm the withdrawal and writes it under the record's ETag.
/// </summary>
public sealed class ManageCommitmentDialog(CommitmentStore store, PublishedPlans plans, PersonResolver people, TimeProvider time) : WaterfallDialog<ManageCommitmentData>
{
    public const string DialogId = "manage-commitment";

    public override string Id => DialogId;
    public override string TitleKey => "commitments.manage.dialogTitle";
    public override string? HelpKey => "commitments.manage.dialogHelp";

    protected override IReadOnlyList<Step> Steps => [PickAsync, ActAsync, FinishAsync];

    private async Task<StepResult> PickAsync(StepContext<ManageCommitmentData> step, CancellationToken cancellationToken)
    {
        var mine = step.Session.User.Commitments;
        if (step.Data.Number is { } number)
        {
            if (CommitmentIndex.FindByNumber(step.Session.User, number) is { } named) return step.Next(named.Key);
            await step.SendTextAsync(step.T("commitments.manage.notFound", number), cancellationToken);
            return step.End();
        }
        if (mine.Count == 0)
        {
            await step.SendTextAsync(step.T("commitments.mine.none"), cancellationToken);
            return step.End();
        }
        if (mine.Count == 1) return step.Next(mine[0].Key);
        return step.Ask(new ChoicePrompt
        {
            TextKey = step.Data.Action == ManageAction.Withdraw ? "commitments.manage.askWhichWithdraw" : "commitments.manage.askWhichEdit",
            Choices = [.. mine.AsEnumerable().Reverse().Select(c => new Choice(c.Key, $"{EmulationTitles.Find(c.Kind, c.TitleCode)?.Name(step.Language)} · {c.Number}")
            {
                Synonyms = [Text.VietnameseText.Fold(c.Number)],
            })],
        });
    }

    private async Task<StepResult> ActAsync(StepContext<ManageCommitmentData> step, CancellationToken cancellationToken)
    {
        var key = step.Choice ?? step.Text;
        if (key is null || step.Session.User.Commitments.All(c => c.Key != key)) return step.End();
        var stored = await store.ReadAsync(key, cancellationToken);
        if (stored is null)
        {
            CommitmentIndex.Remove(step.Session.User, key);
            await step.SendTextAsync(step.T("commitments.manage.gone"), cancellationToken);
            return step.End();
        }
        var plan = await plans.FindAsync(stored.Value.PlanId, cancellationToken);
        if (CommitmentRules.BlockedReason(plan?.Plan, stored.Value, VietnamTime.Today(time)) is { } reason)
        {
            await step.SendTextAsync(step.T("commitments.manage.blocked", step.T(reason)), cancellationToken);
            return step.End();
        }
        if (step.Data.Action == ManageAction.Edit)
        {
            var draft = new CommitmentDraft();
            draft.LoadFrom(stored.Value, key, stored.ETag);
            return step.BeginDialog(RegisterDialog.DialogId, draft);
        }
        step.Data.Key = key;
        step.Data.ETag = stored.ETag;
        step.Data.Record = stored.Value;
        return step.Ask(new ConfirmPrompt
        {
            TextKey = "commitments.withdraw.confirm",
            TextArgs = [stored.Value.FindTitle()?.Name(step.Language) ?? stored.Value.TitleCode, stored.Value.Number],
            YesKey = "commitments.withdraw.yes",
            NoKey = "commitments.withdraw.no",
        });
    }

    private async Task<StepResult> FinishAsync(StepContext<ManageCommitmentData> step, CancellationToken cancellationToken)
    {
        if (step.Data is not { Action: ManageAction.Withdraw, Record: { } record, Key: { } key, ETag: { } eTag }) return step.End();
        if (step.Confirmed != true)
        {
            await step.SendTextAsync(step.T("commitments.withdraw.kept", record.Number), cancellationToken);
            return step.End();
        }
        var now = time.GetUtcNow();
        var line = AuditLogExtensions.Line(await people.ResolveAsync(step.Session, cancellationToken), AuditAction.Withdrew, record.PlanId,
            $"{record.Number} — {record.FindTitle()?.Vietnamese}", now, unitId: record.UnitId);
        var withdrawn = (record with { Status = CommitmentStatus.Withdrawn, WithdrawnAt = now, Version = record.Version + 1 }).Recording(line);
        if (!await store.ReplaceAsync(key, withdrawn, eTag, cancellationToken))
        {
            await step.SendTextAsync(step.T("commitments.changedMeanwhile"), cancellationToken);
            return step.End();
        }
        CommitmentIndex.Remove(step.Session.User, key);
        await step.SendTextAsync(step.T("commitments.withdraw.done", record.Number), cancellationToken);
        return step.End();
    }
}
