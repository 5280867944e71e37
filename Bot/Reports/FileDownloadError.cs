namespace EmulationBot.Reports;

/// <summary>Why an attached file could not be fetched.</summary>
public enum FileDownloadError
{
    /// <summary>The address is not one Teams stores files at (only https; loopback too in Development).</summary>
    NotAllowed,
    TooLarge,
    Failed,
}
