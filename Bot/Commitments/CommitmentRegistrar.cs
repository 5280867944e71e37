using EmulationBot.Deadlines;
using EmulationBot.Dialogs;
using EmulationBot.Localization;
using EmulationBot.Office.Audit;
using EmulationBot.Units;

namespace EmulationBot.Commitments;

/// <summary>
/// Saves what the registration dialog collected, after checking again on the server what the user may do (the
/// plan is still open; a collective registration only by the unit's head or the office). A new registration costs
/// one create-only write, its audit line included; an edit reads the version it replaces (for its earlier audit lines)
/// and writes under that version's ETag. Then the user's index and the receipt.
/// </summary>
public sealed class CommitmentRegistrar(
    CommitmentStore store,
    PublishedPlans plans,
    PersonResolver people,
    CollectiveRights rights,
    CommitmentCards cards,
    TimeProvider time)
{
    public async Task SaveAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        var person = await people.ResolveAsync(step.Session, cancellationToken);
        var plan = await plans.FindAsync(draft.PlanId, cancellationToken);
        if (plan is null || !CommitmentRules.IsOpen(plan.Plan, VietnamTime.Today(time)))
        {
            await step.SendTextAsync(step.T("commitments.closedAtSave"), cancellationToken);
            return;
        }
        if (draft.Kind == CommitmentKind.Collective
            && (draft.UnitId is null || person.Unit?.Id != draft.UnitId || !await rights.MayRegisterForUnitAsync(step.Turn, step.Session, person, cancellationToken)))
        {
            await step.SendTextAsync(step.T("commitments.collectiveOnlyHeads"), cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var commitment = new Commitment
        {
            Number = draft.Number!,
            PlanId = plan.Plan.Id,
            PlanTitle = draft.PlanTitle ?? plan.Plan.Title,
            Kind = draft.Kind,
            TitleCode = draft.TitleCode!,
            Targets = draft.Targets,
            Pledge = draft.Pledge,
            UnitId = draft.UnitId,
            UnitName = draft.UnitName,
            Owner = draft.Owner ?? new CommitmentOwner(person.Key, person.Name, step.Session.UserId, step.Session.User.AadObjectId),
            RegisteredAt = draft.RegisteredAt ?? now,
            UpdatedAt = draft.IsEditing ? now : null,
            Version = draft.IsEditing ? draft.Version + 1 : 1,
        };

        var line = AuditLogExtensions.Line(person, draft.IsEditing ? AuditAction.Edited : AuditAction.Registered, commitment.PlanId,
            $"{commitment.Number} — {commitment.FindTitle()?.Vietnamese}", now, unitId: commitment.UnitId);
        Commitment saved;
        string key;
        if (draft.IsEditing)
        {
            key = draft.Key!;
            // The edit keeps the registration's earlier audit lines, so it starts from the stored version it replaces.
            var stored = await store.ReadAsync(key, cancellationToken);
            saved = (commitment with { History = stored?.Value.History ?? [] }).Recording(line);
            if (stored?.ETag != draft.ETag || !await store.ReplaceAsync(key, saved, draft.ETag!, cancellationToken))
            {
                await step.SendTextAsync(step.T("commitments.changedMeanwhile"), cancellationToken);
                return;
            }
        }
        else
        {
            key = CommitmentKeys.For(commitment.PlanId, commitment.UnitId, commitment.Kind, commitment.Owner.Key, commitment.TitleCode);
            var result = await store.CreateAsync(key, commitment.Recording(line), cancellationToken);
            if (result.Duplicate is { } other)
            {
                await step.SendTextAsync(step.T("commitments.duplicateAtSave", other.FindTitle()?.Name(step.Language), other.Number), cancellationToken);
                return;
            }
            saved = result.Saved!;
        }

        CommitmentIndex.Put(step.Session.User, new CommitmentRef(saved.PlanId, saved.Number, key, saved.Kind, saved.TitleCode, saved.RegisteredAt));
        step.Session.User.CurrentPlanId = saved.PlanId;
        await step.Turn.SendActivityAsync(cards.Receipt(saved, draft.IsEditing, step.Language), cancellationToken);
    }
}
