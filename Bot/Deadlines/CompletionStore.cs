using EmulationBot.Storage;

namespace EmulationBot.Deadlines;

/// <summary>
/// Per (plan, obligation, unit) completion records, one sheet per (plan, unit) under <c>completions/{plan}/{unit}</c>.
/// Reports set them when submitted; reminders' "đã xong" and the deadlines list's "Đã xong" set them by hand;
/// the deadlines list, reminders and the office views read them.
/// </summary>
public sealed class CompletionStore(IStorage storage)
{
    public static string Key(string planId, string unitId) => $"completions/{planId}/{unitId}";

    public async Task<CompletionSheet?> GetAsync(string planId, string unitId, CancellationToken cancellationToken) =>
        (await storage.ReadAsync<CompletionSheet>(Key(planId, unitId), cancellationToken))?.Value;

    public async Task<bool> IsDoneAsync(string planId, string unitId, string occurrenceKey, CancellationToken cancellationToken) =>
        (await GetAsync(planId, unitId, cancellationToken))?.IsDone(occurrenceKey) == true;

    /// <summary>Records <paramref name="completion"/>; a report replaces an earlier record (the newest report counts), a mark never replaces a report.</summary>
    public async Task<CompletionSheet> MarkDoneAsync(string planId, string unitId, Completion completion, CancellationToken cancellationToken)
    {
        var stored = await storage.UpdateAsync<CompletionSheet>(Key(planId, unitId), sheet =>
        {
            sheet ??= new CompletionSheet { PlanId = planId, UnitId = unitId };
            if (sheet.Entries.TryGetValue(completion.Key, out var earlier) && (completion.Source == CompletionSource.Marked || earlier == completion)) return null;
            var entries = new Dictionary<string, Completion>(sheet.Entries, StringComparer.Ordinal) { [completion.Key] = completion };
            return sheet with { Entries = entries };
        }, cancellationToken: cancellationToken);
        return stored!.Value;
    }
}
