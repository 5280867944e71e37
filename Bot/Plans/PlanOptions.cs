namespace EmulationBot.Plans;

/// <summary>Section <c>Plans</c>.</summary>
public sealed class PlanOptions
{
    public const string Section = "Plans";

    /// <summary>A folder whose .docx/.md/.txt plans are taken in and published at start-up and when they change; empty = off.</summary>
    public string? Folder { get; set; }

    /// <summary>The largest plan file accepted (default 10 MB; a plan is usually well under 1 MB).</summary>
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>How long the folder must stay quiet after a change before the file is read again.</summary>
    public int FolderDebounceMilliseconds { get; set; } = 1500;

    public int DownloadTimeoutSeconds { get; set; } = 30;

    /// <summary>Pasted text longer than this is handled like a file that is too large.</summary>
    public int MaxPastedCharacters { get; set; } = 200_000;
}
