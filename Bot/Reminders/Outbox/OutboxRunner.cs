using EmulationBot.Reminders.Broadcasts;
using EmulationBot.Reminders.Escalation;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Outbox;

/// <summary>Runs the queued jobs, oldest first; a job leaves the queue once nothing of it is left to retry.</summary>
public sealed class OutboxRunner(OutboxStore outbox, RemindNowDelivery remindNow, BroadcastDelivery broadcasts, ILogger<OutboxRunner> logger)
{
    public async Task RunAsync(UnitDirectory units, PassSummary summary, CancellationToken cancellationToken)
    {
        await foreach (var (key, job) in outbox.ListAsync(cancellationToken))
        {
            bool finished;
            try
            {
                var (done, report) = job.Kind switch
                {
                    OutboxJobKind.Broadcast => await broadcasts.RunAsync(job, cancellationToken),
                    _ => await remindNow.RunAsync(job, units, cancellationToken),
                };
                summary.Add(report);
                finished = done;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Queued {Kind} job {JobId} failed; it stays queued", job.Kind, job.Id);
                continue;
            }
            summary.Jobs++;
            if (finished) await outbox.CompleteAsync(key, cancellationToken);
        }
    }
}
