using System.Security.Cryptography;
using System.Text;
using EmulationBot.Plans.Store;
using EmulationBot.Storage;

namespace EmulationBot.Plans.Review;

/// <summary>Review drafts in storage, changed only by read-modify-write under their ETag.</summary>
public sealed class PlanDraftStore(IStorage storage)
{
    /// <summary>
    /// Stores a new draft under an id derived from the message that brought the plan, so that running the same
    /// turn again (after a state conflict) finds the draft it already made instead of making a second one.
    /// </summary>
    public async Task<PlanDraft> CreateAsync(PlanDraft draft, string origin, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(origin)))[..20];
        var withId = draft with { Id = id };
        try
        {
            await storage.WriteAsync(PlanStoreKeys.Draft(id), withId, null, cancellationToken);
            return withId;
        }
        catch (StorageConflictException)
        {
            return (await storage.ReadAsync<PlanDraft>(PlanStoreKeys.Draft(id), cancellationToken))?.Value ?? withId;
        }
    }

    public async Task<PlanDraft?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsValidId(id)) return null;
        try
        {
            return (await storage.ReadAsync<PlanDraft>(PlanStoreKeys.Draft(id), cancellationToken))?.Value;
        }
        catch (StorageCorruptException)
        {
            return null;
        }
    }

    /// <summary>Applies <paramref name="change"/> to the stored draft (null = no change) and raises its version.</summary>
    public async Task<PlanDraft?> UpdateAsync(string id, Func<PlanDraft, PlanDraft?> change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!IsValidId(id)) return null;
        var stored = await storage.UpdateAsync<PlanDraft>(PlanStoreKeys.Draft(id), current =>
            current is null || change(current) is not { } changed ? null : changed with { Version = current.Version + 1, UpdatedAt = now },
            cancellationToken: cancellationToken);
        return stored?.Value;
    }

    /// <summary>Draft ids come back in card data: only our own 20 hex characters are ever looked up.</summary>
    private static bool IsValidId(string id) => id.Length == 20 && id.All(char.IsAsciiHexDigitLower);
}
