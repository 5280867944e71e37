namespace EmulationBot.Plans.Review;

/// <summary>A file fetched from a chat attachment, or why it was not.</summary>
public sealed record PlanDownload(string FileName, byte[]? Bytes, PlanDownloadError? Error);

public enum PlanDownloadError
{
    /// <summary>Not an https address (or, in Development, a loopback one).</summary>
    NotAllowed,
    TooLarge,
    Failed,
}
