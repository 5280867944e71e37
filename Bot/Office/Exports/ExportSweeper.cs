using EmulationBot.Storage;

namespace EmulationBot.Office.Exports;

/// <summary>Deletes expired exports every hour, so that they go even when no one exports anything new.</summary>
public sealed class ExportSweeper(ExportFileStore files, TimeProvider time, ILogger<ExportSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(ExportFileStore.SweepInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested) return;
            try
            {
                var deleted = await files.SweepAsync(stoppingToken);
                if (deleted > 0) logger.LogInformation("Deleted {Count} expired export(s)", deleted);
            }
            catch (StorageException ex)
            {
                logger.LogWarning(ex, "Sweeping expired exports failed; trying again in an hour");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
