namespace EmulationBot.Reminders.Scheduling;

/// <summary>
/// Lets a turn wake this instance's scheduler at once (a "nhắc ngay" or a broadcast was queued) instead of waiting
/// for its next tick. On an instance that does not hold the lease, the wake-up is simply not used: the leader's
/// next tick picks the job up.
/// </summary>
public sealed class SchedulerSignal
{
    private TaskCompletionSource _wake = NewSource();

    public void Wake() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>Waits for a wake-up or until <paramref name="delay"/> has passed on the bot's clock.</summary>
    public async Task WaitAsync(TimeSpan delay, TimeProvider time, Action? waiting, CancellationToken cancellationToken)
    {
        var wake = Volatile.Read(ref _wake);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tick = Task.Delay(delay, time, timeout.Token);
        waiting?.Invoke();
        await Task.WhenAny(tick, wake.Task.WaitAsync(cancellationToken));
        timeout.Cancel();
        cancellationToken.ThrowIfCancellationRequested();
        if (wake.Task.IsCompleted) Interlocked.CompareExchange(ref _wake, NewSource(), wake);
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
