using EmulationBot.Storage;

namespace EmulationBot.Reminders.Scheduling;

/// <summary>
/// Reads and writes the scheduler's progress document. The scheduler owns how far it got and when to look again;
/// card actions only ask to be woken earlier (<see cref="WakeAsync"/>). Both write under the document's ETag.
/// </summary>
public sealed class ScheduleProgressStore(IStorage storage)
{
    public const string Key = "reminders/schedule";

    public async Task<ScheduleProgress> ReadAsync(CancellationToken cancellationToken) =>
        (await storage.ReadAsync<ScheduleProgress>(Key, cancellationToken))?.Value ?? new ScheduleProgress();

    /// <summary>
    /// Saves what a pass did to the occurrences in <paramref name="changes"/>. A wake-up asked for after the pass read the
    /// document (a different <see cref="OccurrenceProgress.WakeAt"/> than it saw) is kept; one it saw is cleared.
    /// Occurrences due before <paramref name="forgetBefore"/> are dropped.
    /// </summary>
    public async Task SaveAsync(IReadOnlyDictionary<string, (OccurrenceProgress Seen, OccurrenceProgress Next)> changes, DateOnly forgetBefore,
        CancellationToken cancellationToken)
    {
        await storage.UpdateAsync<ScheduleProgress>(Key, current =>
        {
            var progress = current ?? new ScheduleProgress();
            foreach (var (scope, (seen, next)) in changes)
            {
                var stored = progress.Occurrences.GetValueOrDefault(scope);
                var wake = stored?.WakeAt is { } w && w != seen.WakeAt ? w : (DateTimeOffset?)null;
                progress.Occurrences[scope] = new OccurrenceProgress
                {
                    DoneThrough = Math.Max(next.DoneThrough, stored?.DoneThrough ?? -1),
                    LookAt = next.LookAt,
                    WakeAt = wake,
                    Due = next.Due,
                };
            }
            foreach (var old in progress.Occurrences.Where(o => o.Value.Due < forgetBefore).Select(o => o.Key).ToList()) progress.Occurrences.Remove(old);
            return progress;
        }, cancellationToken: cancellationToken);
    }

    /// <summary>Asks the scheduler to look at an occurrence again at <paramref name="at"/> (or earlier, if already asked).</summary>
    public async Task WakeAsync(string scope, DateOnly due, DateTimeOffset at, CancellationToken cancellationToken) =>
        await storage.UpdateAsync<ScheduleProgress>(Key, current =>
        {
            var progress = current ?? new ScheduleProgress();
            var entry = progress.Occurrences.GetValueOrDefault(scope) ?? new OccurrenceProgress { Due = due };
            if (entry.WakeAt is { } existing && existing <= at) return null;
            entry.WakeAt = at;
            progress.Occurrences[scope] = entry;
            return progress;
        }, cancellationToken: cancellationToken);
}
