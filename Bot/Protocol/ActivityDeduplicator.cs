using System.Collections.Concurrent;

namespace EmulationBot.Protocol;

/// <summary>Remembers recently processed activity ids so that a redelivered activity (Teams retries) runs once.</summary>
public sealed class ActivityDeduplicator(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<string, long> _seen = new(StringComparer.Ordinal);

    public static string? KeyOf(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) ? null : $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";

    /// <summary>True for the first delivery of <paramref name="key"/> within the window.</summary>
    public bool TryBegin(string key)
    {
        var now = time.GetTimestamp();
        if (_seen.Count > MaxEntries) Prune(now);
        if (_seen.TryAdd(key, now)) return true;
        if (_seen.TryGetValue(key, out var at) && time.GetElapsedTime(at, now) > Window)
        {
            _seen[key] = now;
            return true;
        }
        return false;
    }

    /// <summary>Lets a failed turn be retried by a redelivery.</summary>
    public void Forget(string key) => _seen.TryRemove(key, out _);

    private void Prune(long now)
    {
        foreach (var (key, at) in _seen)
        {
            if (time.GetElapsedTime(at, now) > Window) _seen.TryRemove(key, out _);
        }
        // Still too many within the window (a flood of distinct ids): drop the oldest half.
        if (_seen.Count > MaxEntries)
        {
            foreach (var (key, _) in _seen.OrderBy(e => e.Value).Take(_seen.Count / 2)) _seen.TryRemove(key, out _);
        }
    }
}
