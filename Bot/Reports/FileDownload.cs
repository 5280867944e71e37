namespace EmulationBot.Reports;

/// <summary>The bytes of an attached file, or why they could not be fetched.</summary>
public sealed record FileDownload(string Name, byte[]? Bytes, FileDownloadError? Error);
