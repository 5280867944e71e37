using System.Net;

namespace EmulationBot.Storage.Blob;

/// <summary>Makes sure the container exists, once per process (again only if it disappears), and explains why not.</summary>
/// <remarks>
/// Create Container answers 201 or 409 ContainerAlreadyExists, both fine. A credential that may not create containers
/// (a container SAS) gets 403; then a read of a blob that cannot exist tells the two cases apart: BlobNotFound means
/// the container is there, ContainerNotFound means it is missing and this credential cannot create it.
/// </remarks>
public sealed class BlobContainerGate(BlobTransport transport, ILogger<BlobContainerGate> logger)
{
    private const string ProbeBlob = BlobName.Reserved + "probe";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_ready) return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_ready) return;
            await CreateOrConfirmAsync(cancellationToken);
            _ready = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets that the container was there (it answered ContainerNotFound); the next use checks again.</summary>
    public void Invalidate() => _ready = false;

    private async Task CreateOrConfirmAsync(CancellationToken cancellationToken)
    {
        var connection = transport.Connection;
        using var created = await transport.SendAsync("create the container",
            () => new HttpRequestMessage(HttpMethod.Put, connection.Uri(null, "restype=container")), cancellationToken);
        if (created.Status == HttpStatusCode.Created)
        {
            logger.LogInformation("Created the blob container: {Container}", connection.Describe());
            return;
        }
        if (created.Status == HttpStatusCode.Conflict && created.ErrorCode == "ContainerAlreadyExists") return;
        if (created.Status != HttpStatusCode.Forbidden || !BlobErrors.IsPermissionProblem(created.ErrorCode))
        {
            throw BlobErrors.ToException(created, connection, "create the container");
        }

        using var probe = await transport.SendAsync("check the container",
            () => new HttpRequestMessage(HttpMethod.Head, connection.Uri(ProbeBlob, null)), cancellationToken);
        if (probe.Status == HttpStatusCode.NotFound && probe.ErrorCode == "ContainerNotFound")
        {
            throw new StorageConfigurationException(
                $"{BlobContainerName.Setting} '{connection.Container}' does not exist, and the credential in {BlobConnectionString.Setting} " +
                $"may not create it (403 {created.ErrorCode}). Create the container, or use a credential that can ({connection.Describe()}).");
        }
        if (probe.Status is HttpStatusCode.NotFound or HttpStatusCode.OK) return;
        throw BlobErrors.ToException(probe, connection, "read from the container");
    }
}
