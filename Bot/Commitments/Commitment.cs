using EmulationBot.Office.Audit;

namespace EmulationBot.Commitments;

/// <summary>A registration for an emulation title under a published plan (bản đăng ký thi đua), as stored.</summary>
public sealed record Commitment
{
    /// <summary>The registration number shown on the receipt, e.g. "DK-250612-2K9F7QX".</summary>
    public required string Number { get; init; }

    public required string PlanId { get; init; }
    public required string PlanTitle { get; init; }
    public required CommitmentKind Kind { get; init; }
    public required string TitleCode { get; init; }
    public List<string> Targets { get; init; } = [];
    public Pledge? Pledge { get; init; }

    /// <summary>The unit the registrant belonged to (or registered for, when collective); null when no units are set up.</summary>
    public string? UnitId { get; init; }
    public string? UnitName { get; init; }

    public required CommitmentOwner Owner { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }
    public CommitmentStatus Status { get; init; } = CommitmentStatus.Submitted;

    /// <summary>Why the reviewer returned it (set by the review feature).</summary>
    public string? ReturnReason { get; init; }

    /// <summary>Who approved or returned it, and when (set by the review feature; an edit sends it for review again).</summary>
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }

    /// <summary>1 when registered, one more for every edit.</summary>
    public int Version { get; init; } = 1;

    /// <summary>
    /// Its audit lines (registered, edited, withdrawn, approved, returned), oldest first. Each change appends its line
    /// in the same write as the change itself, so the trail can neither miss a change nor record one that failed;
    /// the office's audit view reads them beside the central log.
    /// </summary>
    public List<AuditEntry> History { get; init; } = [];

    /// <summary>This registration with one more audit line; earlier lines are kept as they are.</summary>
    public Commitment Recording(AuditEntry line) => this with { History = [.. History, line] };

    public EmulationTitle? FindTitle() => EmulationTitles.Find(Kind, TitleCode);
}
