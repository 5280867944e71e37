namespace EmulationBot.Reports;

/// <summary>Section <c>Reports</c>: limits on the files attached to a report.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>The largest file accepted (default 10 MB).</summary>
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>How many files one report may carry.</summary>
    public int MaxFiles { get; set; } = 5;

    public int DownloadTimeoutSeconds { get; set; } = 30;

    /// <summary>Also fetch from loopback addresses over http (the Playground's file links); on in Development only.</summary>
    public bool AllowLoopbackDownloads { get; set; }
}
