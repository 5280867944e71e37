using EmulationBot.Storage;
using Microsoft.Extensions.Options;

namespace EmulationBot.Reminders.Scheduling;

/// <summary>
/// The reminder scheduler hosted in the bot. With several instances sharing storage, only the one holding the
/// scheduler lease runs passes; it renews the lease every third of its duration and stops the moment a renewal
/// fails. The others try to take the lease now and then, so one of them takes over within about a lease duration
/// when the leader dies. All waiting is on the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class ReminderScheduler(
    ILeaseManager leases,
    ReminderPass pass,
    SchedulerSignal signal,
    ReminderSchedulerStatus status,
    IOptions<ReminderSchedulerOptions> options,
    TimeProvider time,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    public const string LeaseName = "reminders-scheduler";
    private readonly ReminderSchedulerOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled) return;
        await Task.Yield(); // let the host finish starting
        while (!stoppingToken.IsCancellationRequested)
        {
            Lease? lease = null;
            try
            {
                lease = await leases.TryAcquireAsync(LeaseName, _options.LeaseDuration, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not ask for the reminder scheduler lease");
            }
            if (lease is not null)
            {
                await LeadAsync(lease, stoppingToken);
                continue;
            }
            try
            {
                await signal.WaitAsync(_options.StandbyInterval, time, () => status.Idle(true), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            finally
            {
                status.Idle(false);
            }
        }
    }

    private async Task LeadAsync(Lease lease, CancellationToken stoppingToken)
    {
        logger.LogInformation("This instance now runs the reminder scheduler");
        status.Lead();
        using var leading = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var keeper = KeepLeaseAsync(lease, leading);
        try
        {
            while (!leading.IsCancellationRequested)
            {
                string? error = null;
                try
                {
                    var summary = await pass.RunAsync(leading.Token);
                    if (summary.Occurrences + summary.Jobs > 0) logger.LogInformation("Reminder pass: {Summary}", summary);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    error = ex.GetType().Name;
                    logger.LogError(ex, "A reminder pass failed; the next tick tries again");
                }
                status.Passed(error);
                try
                {
                    await signal.WaitAsync(_options.TickInterval, time, () => status.Idle(true), leading.Token);
                }
                finally
                {
                    status.Idle(false);
                }
            }
        }
        catch (OperationCanceledException) when (leading.IsCancellationRequested)
        {
        }
        finally
        {
            var lost = !stoppingToken.IsCancellationRequested;
            await leading.CancelAsync();
            await keeper;
            if (!lost) await ReleaseAsync(lease);
            status.Lose(lost);
        }
    }

    /// <summary>Renews the lease until the leader stops; a failed renewal cancels the leader's work at once.</summary>
    private async Task KeepLeaseAsync(Lease lease, CancellationTokenSource leading)
    {
        var every = TimeSpan.FromTicks(lease.Duration.Ticks / 3);
        var lastRenewed = time.GetUtcNow();
        while (!leading.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, time, leading.Token);
                if (await leases.RenewAsync(lease, leading.Token))
                {
                    lastRenewed = time.GetUtcNow();
                    continue;
                }
                logger.LogWarning("The reminder scheduler lease was taken by another instance; stopping here");
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                if (time.GetUtcNow() - lastRenewed < lease.Duration - every)
                {
                    logger.LogWarning(ex, "Renewing the reminder scheduler lease failed; trying again");
                    continue;
                }
                logger.LogWarning(ex, "The reminder scheduler lease could not be renewed in time; stopping here");
            }
            await leading.CancelAsync();
            return;
        }
    }

    private async Task ReleaseAsync(Lease lease)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await leases.ReleaseAsync(lease, timeout.Token);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Releasing the reminder scheduler lease failed; it expires on its own");
        }
    }
}
