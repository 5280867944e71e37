namespace EmulationBot.Plans.Folder;

/// <summary>What the bot last did with one file of the plans folder, so that an unchanged file is not taken in again.</summary>
public sealed record PlanFolderSource
{
    public required string FileName { get; init; }
    public required string SourceHash { get; init; }
    public string? PlanId { get; init; }
    public int? Revision { get; init; }

    /// <summary>Why the file could not be taken in (it is retried only when it changes).</summary>
    public string? Error { get; init; }

    public required DateTimeOffset At { get; init; }
}
