using EmulationBot.Plans.Model;
using EmulationBot.Storage;

namespace EmulationBot.Plans.Store;

/// <summary>
/// Publishes a plan: writes a new immutable revision (create-only), then moves the plan's pointer to it under the
/// pointer's ETag. The pointer is the single commit point, so a failure leaves either the old or the new plan
/// published, never half of one. Obligation ids are carried over from earlier revisions (registrations keep
/// pointing at them) and the same content published again adds nothing.
/// </summary>
public sealed class PlanPublisher(
    IStorage storage,
    PlanCatalog catalog,
    IEnumerable<IPlanPublishedObserver> observers,
    TimeProvider time,
    ILogger<PlanPublisher> logger)
{
    private const int Attempts = 5;

    public async Task<PublishResult> PublishAsync(Plan plan, string? publishedBy, string? source, CancellationToken cancellationToken)
    {
        if (!Parsing.PlanSlug.IsValid(plan.Id)) throw new ArgumentException($"'{plan.Id}' is not a plan id.", nameof(plan));
        for (var attempt = 1; ; attempt++)
        {
            var pointer = await catalog.ReadPointerAsync(plan.Id, cancellationToken);
            var history = pointer?.Value.History ?? [];
            var previous = new List<Plan>();
            foreach (var n in history.AsEnumerable().Reverse())
            {
                if (await catalog.GetRevisionAsync(plan.Id, n, cancellationToken) is { } earlier) previous.Add(earlier.Plan);
            }
            var withIds = plan with { Obligations = ObligationIdAssigner.Assign(plan.Obligations, previous) };
            var hash = PlanContentHash.Of(withIds);
            if (pointer is { } current && current.Value.ContentHash == hash)
            {
                var same = await catalog.GetRevisionAsync(plan.Id, current.Value.Revision, cancellationToken);
                if (same is not null) return new PublishResult(PublishOutcome.Unchanged, same);
            }

            var now = time.GetUtcNow();
            var revision = await CreateRevisionAsync(withIds, history.LastOrDefault() + 1, now, publishedBy, source, hash, cancellationToken);
            var next = new PlanPointer
            {
                PlanId = plan.Id,
                Revision = revision,
                History = [.. history, revision],
                PublishedAt = now,
                ContentHash = hash,
                Number = withIds.Identity.Number,
                Title = withIds.Title,
                Issuer = withIds.Identity.Issuer,
                Province = withIds.Identity.Province,
                Issued = withIds.Identity.Issued,
                ObligationCount = withIds.Obligations.Count,
            };
            try
            {
                await storage.WriteAsync(PlanStoreKeys.Published(plan.Id), next, pointer?.ETag, cancellationToken);
            }
            catch (StorageConflictException) when (attempt < Attempts)
            {
                // Someone published this plan meanwhile: drop the revision nobody points at, and start again from theirs.
                await storage.DeleteAsync(PlanStoreKeys.Revision(plan.Id, revision), "*", cancellationToken);
                continue;
            }
            catalog.Invalidate();
            var published = new PublishedPlan(withIds, revision, now);
            logger.LogInformation("Published plan {PlanId} revision {Revision} with {Count} obligations", plan.Id, revision, withIds.Obligations.Count);
            await NotifyAsync(published, cancellationToken);
            return new PublishResult(pointer is null ? PublishOutcome.Created : PublishOutcome.Revised, published);
        }
    }

    /// <summary>Writes the revision at the first free number (a crashed publish may have left an unreferenced one).</summary>
    private async Task<int> CreateRevisionAsync(Plan plan, int first, DateTimeOffset now, string? by, string? source, string hash, CancellationToken cancellationToken)
    {
        for (var n = first; ; n++)
        {
            var revision = new PlanRevision { PlanId = plan.Id, Revision = n, Plan = plan, PublishedAt = now, PublishedBy = by, Source = source, ContentHash = hash };
            try
            {
                await storage.WriteAsync(PlanStoreKeys.Revision(plan.Id, n), revision, null, cancellationToken);
                return n;
            }
            catch (StorageConflictException) when (n < first + 50)
            {
            }
        }
    }

    private async Task NotifyAsync(PublishedPlan plan, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnPublishedAsync(plan, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "A plan-published observer failed for {PlanId}", plan.Plan.Id);
            }
        }
    }
}
