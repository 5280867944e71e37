namespace EmulationBot.Plans.Store;

/// <summary>Told after a plan revision is published (reminders reschedule, Q&amp;A reindexes); failures are logged, not thrown.</summary>
public interface IPlanPublishedObserver
{
    Task OnPublishedAsync(PublishedPlan plan, CancellationToken cancellationToken);
}
