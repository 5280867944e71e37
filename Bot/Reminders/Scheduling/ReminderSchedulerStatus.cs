namespace EmulationBot.Reminders.Scheduling;

/// <summary>
/// What this instance's scheduler is doing (leading or standing by, passes run, last error), for logs, health and
/// tests, which can await a state instead of sleeping.
/// </summary>
public sealed class ReminderSchedulerStatus
{
    private readonly Lock _gate = new();
    private readonly List<(Func<ReminderSchedulerStatus, bool> Condition, TaskCompletionSource Done)> _waiters = [];

    public bool IsLeader { get; private set; }

    /// <summary>True while the scheduler waits for its next tick (leader) or its next try at the lease (standby).</summary>
    public bool IsIdle { get; private set; }

    public int Passes { get; private set; }
    public int LeasesTaken { get; private set; }
    public int LeasesLost { get; private set; }
    public string? LastError { get; private set; }

    public Task WaitForAsync(Func<ReminderSchedulerStatus, bool> condition, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (condition(this)) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((condition, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    internal void Lead() => Change(() => { IsLeader = true; LeasesTaken++; });
    internal void Lose(bool lost) => Change(() => { IsLeader = false; if (lost) LeasesLost++; });
    internal void Idle(bool idle) => Change(() => IsIdle = idle);
    internal void Passed(string? error) => Change(() => { Passes++; LastError = error; });

    private void Change(Action change)
    {
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            change();
            ready = _waiters.Where(w => w.Condition(this)).Select(w => w.Done).ToList();
            _waiters.RemoveAll(w => ready.Contains(w.Done));
        }
        foreach (var done in ready) done.TrySetResult();
    }
}
