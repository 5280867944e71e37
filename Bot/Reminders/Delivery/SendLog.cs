namespace EmulationBot.Reminders.Delivery;

/// <summary>The times of recent sends through one gate, oldest first, and when the next send fits every limit.</summary>
internal sealed class SendLog
{
    private readonly List<DateTimeOffset> _times = [];

    public DateTimeOffset? Newest => _times.Count == 0 ? null : _times[^1];

    public void Add(DateTimeOffset at) => _times.Add(at);

    /// <summary>The earliest instant at or after <paramref name="now"/> when one more send breaks none of <paramref name="limits"/>.</summary>
    public DateTimeOffset EarliestAllowed(IReadOnlyList<RateLimit> limits, DateTimeOffset now)
    {
        var earliest = now;
        foreach (var limit in limits)
        {
            // Sends still inside the window (now - Per, now]; with n of them and room for Count, the send that must
            // leave the window first is the (n - Count)-th.
            var first = FirstAfter(now - limit.Per);
            var inWindow = _times.Count - first;
            if (inWindow < limit.Count) continue;
            var freedAt = _times[first + inWindow - limit.Count] + limit.Per;
            if (freedAt > earliest) earliest = freedAt;
        }
        return earliest;
    }

    /// <summary>Forgets sends older than <paramref name="horizon"/>.</summary>
    public void Prune(DateTimeOffset horizon)
    {
        var first = FirstAfter(horizon);
        if (first > 0) _times.RemoveRange(0, first);
    }

    private int FirstAfter(DateTimeOffset instant)
    {
        int low = 0, high = _times.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_times[mid] <= instant) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
