namespace EmulationBot.Plans.Folder;

/// <summary>The outcome of taking in one file of the plans folder.</summary>
public sealed record PlanFolderResult(string FileName, PlanFolderOutcome Outcome, string? PlanId = null, int? Revision = null, string? Error = null);

public enum PlanFolderOutcome
{
    Published,
    Unchanged,
    Failed,

    /// <summary>The file could not be opened (still being written); it is tried again after the next change.</summary>
    Busy,
}
