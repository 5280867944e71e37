using System.Globalization;
using System.Net;

namespace EmulationBot.Storage.Blob;

/// <summary>Leases for scaled-out instances: Azure Blob leases on an empty blob per job (created when missing).</summary>
/// <remarks>
/// The lease blobs live under the reserved "~~leases/" names, which no storage key maps to, so they never show up in
/// listings. Acquire proposes its lease id, which makes a retried acquire idempotent.
/// </remarks>
public sealed class BlobLeaseManager(BlobTransport transport, BlobContainerGate container) : ILeaseManager
{
    private BlobConnection Connection => transport.Connection;

    public async Task<Lease?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        Lease.ValidateDuration(duration);
        await container.EnsureAsync(cancellationToken);
        var blob = BlobOf(name);
        var id = Guid.NewGuid().ToString();
        var seconds = ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        for (var attempt = 1; ; attempt++)
        {
            using var response = await SendLeaseAsync(blob, "acquire", ("x-ms-lease-duration", seconds), ("x-ms-proposed-lease-id", id), cancellationToken);
            if (response.Status is HttpStatusCode.Created or HttpStatusCode.OK) return new Lease(name, id, duration);
            if (response.Status == HttpStatusCode.Conflict) return null;
            if (response.Status == HttpStatusCode.NotFound && response.ErrorCode == "BlobNotFound" && attempt == 1)
            {
                await CreateLeaseBlobAsync(blob, cancellationToken);
                continue;
            }
            throw BlobErrors.ToException(response, Connection, "acquire a lease");
        }
    }

    public async Task<bool> RenewAsync(Lease lease, CancellationToken cancellationToken = default)
    {
        using var response = await SendLeaseAsync(BlobOf(lease.Name), "renew", ("x-ms-lease-id", lease.Id), null, cancellationToken);
        if (response.Status == HttpStatusCode.OK) return true;
        if (response.Status is HttpStatusCode.Conflict or HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed) return false;
        throw BlobErrors.ToException(response, Connection, "renew a lease");
    }

    public async Task ReleaseAsync(Lease lease, CancellationToken cancellationToken = default)
    {
        using var response = await SendLeaseAsync(BlobOf(lease.Name), "release", ("x-ms-lease-id", lease.Id), null, cancellationToken);
        if (response.Status is HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed) return;
        throw BlobErrors.ToException(response, Connection, "release a lease");
    }

    private static string BlobOf(string name) => BlobName.Reserved + "leases/" + BlobName.FromKey(name);

    private Task<BlobResponse> SendLeaseAsync(string blob, string action, (string Name, string Value) first, (string Name, string Value)? second,
        CancellationToken cancellationToken) =>
        transport.SendAsync(action + " a lease", () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, Connection.Uri(blob, "comp=lease"));
            request.Headers.TryAddWithoutValidation("x-ms-lease-action", action);
            request.Headers.TryAddWithoutValidation(first.Name, first.Value);
            if (second is { } extra) request.Headers.TryAddWithoutValidation(extra.Name, extra.Value);
            return request;
        }, cancellationToken);

    private async Task CreateLeaseBlobAsync(string blob, CancellationToken cancellationToken)
    {
        using var response = await transport.SendAsync("create a lease blob", () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, Connection.Uri(blob, null)) { Content = new ByteArrayContent([]) };
            request.Headers.TryAddWithoutValidation("x-ms-blob-type", "BlockBlob");
            request.Headers.TryAddWithoutValidation("If-None-Match", ETagRule.Any);
            return request;
        }, cancellationToken);
        // Another instance creating it at the same moment is just as good.
        if (response.Status is HttpStatusCode.Created or HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed) return;
        throw BlobErrors.ToException(response, Connection, "create a lease blob");
    }
}
