namespace EmulationBot.Storage.Blob;

/// <summary>At start-up, reaches the Blob service once: a configuration problem stops the host with a specific message.</summary>
/// <remarks>
/// A wrong key, an expired or too weak SAS, or a missing container that cannot be created will not fix themselves,
/// so start-up fails. An unreachable service may be a passing outage: the bot starts, says so in the log, apologises
/// to users while it lasts and recovers by itself when the service answers again.
/// </remarks>
public sealed class BlobStorageStartupCheck(BlobStorage storage, BlobConnection connection, ILogger<BlobStorageStartupCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await storage.EnsureReadyAsync(cancellationToken);
            logger.LogInformation("State storage: Azure Blob Storage, {Connection}", connection.Describe());
        }
        catch (StorageConfigurationException ex)
        {
            logger.LogCritical("The bot cannot start: {Problem}", ex.Message);
            throw;
        }
        catch (StorageUnavailableException ex)
        {
            logger.LogError("State storage is not reachable yet; users get a 'try again shortly' answer until it is: {Problem}", ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
