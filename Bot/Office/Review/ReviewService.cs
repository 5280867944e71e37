using EmulationBot.Commitments;
using EmulationBot.Office.Audit;
using EmulationBot.Office.Records;
using EmulationBot.Reports;
using EmulationBot.Units;

namespace EmulationBot.Office.Review;

/// <summary>
/// The review of registrations and reports: what waits for a reviewer, and their decision — written under the
/// record's ETag (a record changed meanwhile is read again and checked again), told to its author, and audited.
/// </summary>
public sealed class ReviewService(
    PlanRecords records,
    CommitmentStore commitments,
    ReportStore reports,
    UnitDirectoryStore directory,
    DecisionNotifier notifier,
    IAuditLog audit,
    TimeProvider time)
{
    public const int MaxReasonLength = 500;

    /// <summary>The items waiting for <paramref name="person"/>'s decision under the plan, oldest first.</summary>
    public async Task<List<ReviewEntry>> QueueAsync(Person person, string planId, CancellationToken cancellationToken)
    {
        var dir = await directory.GetAsync(cancellationToken);
        var units = person.IsOffice ? null : OfficeReach.UnitIds(person, dir);
        var entries = new List<ReviewEntry>();
        foreach (var keyed in await records.CommitmentsAsync(planId, units, cancellationToken))
        {
            if (keyed.Commitment.Status == CommitmentStatus.Submitted && ReviewRules.MayDecide(person, keyed.Commitment, dir))
            {
                entries.Add(new ReviewEntry(ReviewItemId.Commitment(keyed.Key), keyed, null));
            }
        }
        if (ReviewRules.MayDecideReport(person))
        {
            foreach (var keyed in await records.LatestReportsAsync(planId, units, cancellationToken))
            {
                if (keyed.Report.Status == ReportStatus.Submitted) entries.Add(new ReviewEntry(ReviewItemId.Report(keyed.Key), null, keyed));
            }
        }
        return entries.OrderBy(e => e.SentAt).ToList();
    }

    /// <summary>The item a card names, when it exists under the plan and <paramref name="person"/> may see it.</summary>
    public async Task<ReviewEntry?> FindAsync(Person person, string planId, ReviewItemId id, CancellationToken cancellationToken)
    {
        ReviewEntry? entry = null;
        if (id.IsCommitment && await commitments.ReadAsync(id.Key, cancellationToken) is { } c && c.Value.PlanId == planId)
        {
            entry = new ReviewEntry(id, new KeyedCommitment(id.Key, c.Value), null);
        }
        else if (!id.IsCommitment && await reports.ReadStoredAsync(id.Key, cancellationToken) is { } r && r.Value.PlanId == planId)
        {
            entry = new ReviewEntry(id, null, new KeyedReport(id.Key, r.Value, r.Value.Version));
        }
        return entry is not null && ReviewRules.MaySee(person, entry.UnitId) ? entry : null;
    }

    public async Task<bool> MayDecideAsync(Person person, ReviewEntry entry, CancellationToken cancellationToken) =>
        entry.Commitment is { } c ? ReviewRules.MayDecide(person, c.Commitment, await directory.GetAsync(cancellationToken)) : ReviewRules.MayDecideReport(person);

    public async Task<DecisionResult> DecideAsync(Person person, string planId, ReviewItemId id, bool approve, string? reason, string channelId, CancellationToken cancellationToken)
    {
        reason = reason?.Trim();
        if (!approve && string.IsNullOrEmpty(reason)) return new DecisionResult(DecisionOutcome.NeedReason);
        if (reason is { Length: > MaxReasonLength }) reason = reason[..MaxReasonLength];
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var found = await FindAsync(person, planId, id, cancellationToken);
            if (found is null) return new DecisionResult(DecisionOutcome.Gone);
            if (!await MayDecideAsync(person, found, cancellationToken)) return new DecisionResult(DecisionOutcome.NotYours, found);
            if (!found.IsWaiting) return new DecisionResult(DecisionOutcome.AlreadyDecided, found);
            var decided = await WriteAsync(found, person, approve, reason, cancellationToken);
            if (decided is null) continue; // changed meanwhile: read and check again
            var notified = await notifier.NotifyAsync(channelId, person.Name, decided, cancellationToken);
            // A registration's decision is in its own audit lines already (written with it); a report's goes to the log.
            if (decided.Report is not null)
            {
                await audit.RecordAsync(person, approve ? AuditAction.Approved : AuditAction.Returned, planId, Subject(decided), approve ? null : reason, decided.UnitId, cancellationToken: cancellationToken);
            }
            return new DecisionResult(approve ? DecisionOutcome.Approved : DecisionOutcome.Returned, decided, notified);
        }
        return new DecisionResult(DecisionOutcome.Gone);
    }

    private async Task<ReviewEntry?> WriteAsync(ReviewEntry entry, Person person, bool approve, string? reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (entry.Commitment is { } keyed)
        {
            if (await commitments.ReadAsync(keyed.Key, cancellationToken) is not { } stored || stored.Value.Status != CommitmentStatus.Submitted) return null;
            var next = (stored.Value with
            {
                Status = approve ? CommitmentStatus.Approved : CommitmentStatus.Returned,
                ReturnReason = approve ? null : reason,
                ReviewedBy = person.Name,
                ReviewedAt = now,
            }).Recording(AuditLogExtensions.Line(person, approve ? AuditAction.Approved : AuditAction.Returned, stored.Value.PlanId,
                Subject(entry), now, approve ? null : reason, stored.Value.UnitId));
            return await commitments.ReplaceAsync(keyed.Key, next, stored.ETag, cancellationToken) ? entry with { Commitment = keyed with { Commitment = next } } : null;
        }
        var report = entry.Report!;
        if (await reports.ReadStoredAsync(report.Key, cancellationToken) is not { } version || version.Value.Status != ReportStatus.Submitted) return null;
        var decided = version.Value with
        {
            Status = approve ? ReportStatus.Approved : ReportStatus.Returned,
            ReturnReason = approve ? null : reason,
            ReviewedBy = person.Name,
            ReviewedAt = now,
        };
        return await reports.ReplaceAsync(report.Key, decided, version.ETag, cancellationToken) ? entry with { Report = report with { Report = decided } } : null;
    }

    private static string Subject(ReviewEntry entry) => entry.Commitment?.Commitment is { } c
        ? $"{c.Number} — {c.Owner.Name} — {c.FindTitle()?.Vietnamese}"
        : $"{entry.Report!.Report.UnitName}: {entry.Report.Report.What} (lần {entry.Report.Report.Version})";
}
