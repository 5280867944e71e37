namespace EmulationBot.Office.Audit;

/// <summary>
/// The append-only audit trail: every feature records what people did with one call, e.g.
/// <c>await audit.RecordAsync(person, AuditAction.Exported, planId, name, cancellationToken: ct);</c>. Changes to a
/// registration are the exception: their lines travel inside the registration (<c>Commitment.Recording</c>).
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends <paramref name="entry"/>; never throws for a storage failure (the action already happened), but logs it.</summary>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The newest entries first, at most <paramref name="count"/>, only those of <paramref name="planId"/> when given.</summary>
    Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, string? planId = null, CancellationToken cancellationToken = default);
}
