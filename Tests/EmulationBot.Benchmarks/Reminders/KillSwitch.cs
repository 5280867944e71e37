namespace EmulationBot.Benchmarks.Reminders;

/// <summary>Makes one in-process bot instance behave like a killed process: from <see cref="Kill"/> on, nothing it does reaches storage, leases or the connector.</summary>
public sealed class KillSwitch
{
    private readonly TaskCompletionSource _never = new();
    private volatile bool _dead;

    public bool IsDead => _dead;

    public void Kill() => _dead = true;

    /// <summary>For a dead instance: never returns (until cancelled), like a call from a process that no longer runs.</summary>
    public async Task ThrowIfDeadAsync(CancellationToken cancellationToken)
    {
        if (!_dead) return;
        await _never.Task.WaitAsync(cancellationToken);
    }
}
