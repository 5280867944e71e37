using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EmulationBot.Plans.Folder;

/// <summary>
/// <c>/health</c> reports "starting" until the plans already in <c>Plans:Folder</c> are taken in, so that no one is
/// told "no plan has been published yet" in the seconds after a start with a fresh store.
/// </summary>
public sealed class PlanFolderReadiness(PlanFolderWatcher watcher) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(watcher.StartUpScan.IsCompleted
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Taking in the plans folder"));
}
