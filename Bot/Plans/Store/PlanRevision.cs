using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Store;

/// <summary>One published version of a plan; written once (create-only) and never changed.</summary>
public sealed record PlanRevision
{
    public required string PlanId { get; init; }
    public required int Revision { get; init; }
    public required Plan Plan { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>Who published it: a user's AAD object id or Teams id, or "folder".</summary>
    public string? PublishedBy { get; init; }

    /// <summary>Where it came from: a file name, "chat" for pasted text.</summary>
    public string? Source { get; init; }

    public required string ContentHash { get; init; }
}
