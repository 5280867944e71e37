using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Ingestion;

/// <summary>The outcome of taking in a plan file: the plan, or the reason it could not be read. Never both.</summary>
public sealed record PlanIngestResult
{
    public Plan? Plan { get; private init; }

    public PlanIngestError? Error { get; private init; }

    /// <summary>SHA-256 of the bytes, to recognise a file that was already taken in.</summary>
    public string SourceHash { get; private init; } = "";

    public string FileName { get; private init; } = "";

    public static PlanIngestResult Success(Plan plan, string fileName, string hash) => new() { Plan = plan, FileName = fileName, SourceHash = hash };

    public static PlanIngestResult Failure(PlanIngestError error, string fileName, string hash = "") =>
        new() { Error = error, FileName = fileName, SourceHash = hash };
}
