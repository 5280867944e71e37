using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Review;

/// <summary>
/// A plan the office is reviewing before it is published: what the bot understood, as corrected so far. Kept in
/// storage (not in the card) so that nothing is lost between clicks, and versioned so a stale card cannot overwrite.
/// </summary>
public sealed record PlanDraft
{
    public required string Id { get; init; }
    public required Plan Plan { get; init; }
    public DraftStatus Status { get; init; } = DraftStatus.Open;

    /// <summary>Raised by every change; cards carry it and a click from an older card is refused.</summary>
    public int Version { get; init; } = 1;

    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The file name, or "chat" for pasted text.</summary>
    public string? Source { get; init; }

    /// <summary>Set when the draft corrects a published plan: its id then never changes, whatever is edited.</summary>
    public int? ReopenedFromRevision { get; init; }

    public int? PublishedRevision { get; init; }
}

public enum DraftStatus
{
    Open,
    Published,
    Discarded,
}
