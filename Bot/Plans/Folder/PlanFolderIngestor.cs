using System.Security.Cryptography;
using EmulationBot.Office.Audit;
using EmulationBot.Plans.Ingestion;
using EmulationBot.Plans.Parsing;
using EmulationBot.Plans.Store;
using EmulationBot.Storage;
using Microsoft.Extensions.Options;

namespace EmulationBot.Plans.Folder;

/// <summary>
/// Takes in one file of the plans folder and publishes it, unless that exact file was already taken in: a file that
/// did not change never replaces what the office corrected since, and never makes a new revision.
/// </summary>
public sealed class PlanFolderIngestor(
    IStorage storage,
    PlanIngestor ingestor,
    PlanPublisher publisher,
    IAuditLog audit,
    IOptions<PlanOptions> options,
    TimeProvider time,
    ILogger<PlanFolderIngestor> logger)
{
    public const string Publisher = "folder";

    private static readonly string[] Extensions = [".docx", ".md", ".markdown", ".txt"];

    public static bool IsPlanFile(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith("~$", StringComparison.Ordinal) && !name.StartsWith('.') && Extensions.Contains(Path.GetExtension(name).ToLowerInvariant());
    }

    public async Task<PlanFolderResult> IngestFileAsync(string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > options.Value.MaxFileBytes) return await RecordFailureAsync(name, "", PlanIngestError.TooLarge, cancellationToken);
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogInformation("Plan file {File} could not be read yet: {Reason}", name, ex.GetType().Name);
            return new PlanFolderResult(name, PlanFolderOutcome.Busy);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var key = PlanStoreKeys.FolderSource(PlanSlug.Slug(name));
        var known = await storage.ReadAsync<PlanFolderSource>(key, cancellationToken);
        if (known?.Value.SourceHash == hash) return new PlanFolderResult(name, PlanFolderOutcome.Unchanged, known.Value.PlanId, known.Value.Revision, known.Value.Error);

        var result = ingestor.Ingest(name, bytes);
        if (result.Plan is not { } plan) return await RecordFailureAsync(name, hash, result.Error!.Value, cancellationToken);
        var published = await publisher.PublishAsync(plan, Publisher, name, cancellationToken);
        if (published.Outcome != PublishOutcome.Unchanged)
        {
            await audit.AppendAsync(new AuditEntry { ActorKey = "system", ActorName = Publisher + ": " + name, Action = AuditAction.Published, PlanId = plan.Id, Subject = $"{plan.Title} (bản {published.Plan.Revision})" }, cancellationToken);
        }
        await storage.WriteAsync(key, new PlanFolderSource
        {
            FileName = name,
            SourceHash = hash,
            PlanId = plan.Id,
            Revision = published.Plan.Revision,
            At = time.GetUtcNow(),
        }, ETagRule.Any, cancellationToken);
        logger.LogInformation("Plan file {File} published as {PlanId} revision {Revision} ({Outcome})", name, plan.Id, published.Plan.Revision, published.Outcome);
        return new PlanFolderResult(name, published.Outcome == PublishOutcome.Unchanged ? PlanFolderOutcome.Unchanged : PlanFolderOutcome.Published, plan.Id, published.Plan.Revision);
    }

    private async Task<PlanFolderResult> RecordFailureAsync(string name, string hash, PlanIngestError error, CancellationToken cancellationToken)
    {
        logger.LogWarning("Plan file {File} was not taken in: {Error}", name, error);
        if (hash.Length > 0)
        {
            var record = new PlanFolderSource { FileName = name, SourceHash = hash, Error = error.ToString(), At = time.GetUtcNow() };
            await storage.WriteAsync(PlanStoreKeys.FolderSource(PlanSlug.Slug(name)), record, ETagRule.Any, cancellationToken);
        }
        return new PlanFolderResult(name, PlanFolderOutcome.Failed, Error: error.ToString());
    }
}
