using EmulationBot.Plans.Store;

namespace EmulationBot.Reminders.Scheduling;

/// <summary>A newly published plan wakes the scheduler, so that its due reminders do not wait for the next tick.</summary>
public sealed class WakeOnPublish(SchedulerSignal signal) : IPlanPublishedObserver
{
    public Task OnPublishedAsync(PublishedPlan plan, CancellationToken cancellationToken)
    {
        signal.Wake();
        return Task.CompletedTask;
    }
}
