namespace EmulationBot.Reports;

/// <summary>A file attached to a report: its name and type as the user sent it, its size, and the storage key of its bytes.</summary>
public sealed record ReportFile(string Name, string ContentType, long Size, string Key);
