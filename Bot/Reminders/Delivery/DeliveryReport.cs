namespace EmulationBot.Reminders.Delivery;

/// <summary>What a delivery run did, counted as it goes (thread-safe).</summary>
public sealed class DeliveryReport
{
    private int _sent, _failed, _gone, _unreachable, _resent, _skipped, _throttled;

    public int Sent => _sent;
    public int Failed => _failed;
    public int Gone => _gone;
    public int Unreachable => _unreachable;

    /// <summary>Messages sent again after an interrupted attempt (each possibly a duplicate, and flagged in the journal).</summary>
    public int Resent => _resent;

    /// <summary>Items no longer due when their attempt was to be recorded (already sent, snoozed, acknowledged).</summary>
    public int Skipped => _skipped;

    /// <summary>429 answers waited out.</summary>
    public int Throttled => _throttled;

    public int Total => Sent + Failed + Gone + Unreachable;

    internal void Count(SendOutcome outcome)
    {
        switch (outcome)
        {
            case SendOutcome.Sent: Interlocked.Increment(ref _sent); break;
            case SendOutcome.Gone: Interlocked.Increment(ref _gone); break;
            default: Interlocked.Increment(ref _failed); break;
        }
    }

    internal void CountUnreachable() => Interlocked.Increment(ref _unreachable);
    internal void CountGone() => Interlocked.Increment(ref _gone);
    internal void CountResent() => Interlocked.Increment(ref _resent);
    internal void CountSkipped() => Interlocked.Increment(ref _skipped);
    internal void CountThrottled(int n) => Interlocked.Add(ref _throttled, n);

    public override string ToString() =>
        $"sent {Sent}, failed {Failed}, gone {Gone}, unreachable {Unreachable}, resent {Resent}, skipped {Skipped}, throttled {Throttled}";
}
