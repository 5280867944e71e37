using EmulationBot.Storage;

namespace EmulationBot.Reminders.Audience;

/// <summary>Who turned reminders off for a plan ("Tắt nhắc kế hoạch này"): one small document per plan, changed under its ETag.</summary>
public sealed class MuteStore(IStorage storage)
{
    public static string Key(string planId) => "reminders/mutes/" + planId;

    public async Task<IReadOnlySet<string>> GetAsync(string planId, CancellationToken cancellationToken) =>
        (await storage.ReadAsync<PlanMutes>(Key(planId), cancellationToken))?.Value.People ?? new HashSet<string>(StringComparer.Ordinal);

    public async Task SetAsync(string planId, string personKey, bool muted, CancellationToken cancellationToken) =>
        await storage.UpdateAsync<PlanMutes>(Key(planId), current =>
        {
            var people = new HashSet<string>(current?.People ?? [], StringComparer.Ordinal);
            var changed = muted ? people.Add(personKey) : people.Remove(personKey);
            return changed ? new PlanMutes { People = people } : null;
        }, cancellationToken: cancellationToken);
}
