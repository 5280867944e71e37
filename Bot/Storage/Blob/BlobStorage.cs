using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Options;

namespace EmulationBot.Storage.Blob;

/// <summary>The production <see cref="IStorage"/>: one block blob per key in an Azure Blob Storage container, over the REST API.</summary>
/// <remarks>
/// ETag rules map to conditional headers: create-only is If-None-Match: * (409/412 = conflict), an ETag is If-Match
/// (412 = conflict), "*" sends no condition. Each write carries a random write id in metadata: when an attempt's
/// outcome was lost (timeout, dropped connection) and the retry then conflicts, the blob is checked, and if it holds
/// our write id the write did succeed and is reported so, instead of as a conflict that would redo the change.
/// </remarks>
public sealed class BlobStorage(BlobTransport transport, BlobContainerGate container, IOptions<StorageOptions> options) : IStorage
{
    public const string KeyMetadata = "ebkey";
    public const string WriteIdMetadata = "ebwrite";
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private BlobConnection Connection => transport.Connection;

    /// <summary>Checks (once) that the container exists or creates it; a configuration problem throws a specific message.</summary>
    public Task EnsureReadyAsync(CancellationToken cancellationToken = default) => container.EnsureAsync(cancellationToken);

    public async Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.Validate(key);
        await container.EnsureAsync(cancellationToken);
        var name = BlobName.FromKey(key);
        using var response = await transport.SendAsync("read a blob", () => new HttpRequestMessage(HttpMethod.Get, Connection.Uri(name, null)), cancellationToken);
        if (response.Status == HttpStatusCode.NotFound) return null;
        if (response.Status != HttpStatusCode.OK) throw BlobErrors.ToException(response, Connection, "read a blob");
        var content = await response.Message.Content.ReadAsByteArrayAsync(cancellationToken);
        return new StoredItem(content, response.ETag ?? throw new StorageUnavailableException("Azure Blob Storage answered a read without an ETag."));
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, string? eTag, CancellationToken cancellationToken = default)
    {
        StorageKey.Validate(key);
        await container.EnsureAsync(cancellationToken);
        var name = BlobName.FromKey(key);
        var writeId = Guid.NewGuid().ToString("N");
        var keyMetadata = Convert.ToBase64String(Encoding.UTF8.GetBytes(key));
        for (var attempt = 1; ; attempt++)
        {
            using var response = await transport.SendAsync("write a blob", () => PutRequest(name, content, eTag, keyMetadata, writeId), cancellationToken);
            if (response.Status == HttpStatusCode.Created) return response.ETag ?? throw new StorageUnavailableException("Azure Blob Storage answered a write without an ETag.");
            var conditional = eTag != ETagRule.Any;
            var conflict = conditional && (response.Status is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed
                || response is { Status: HttpStatusCode.NotFound, ErrorCode: "BlobNotFound" });
            if (conflict)
            {
                if (response.AfterFailedAttempt && await ETagIfWrittenByAsync(name, writeId, cancellationToken) is { } ours) return ours;
                throw new StorageConflictException(key);
            }
            if (response.ErrorCode == "ContainerNotFound" && attempt == 1)
            {
                container.Invalidate();
                await container.EnsureAsync(cancellationToken);
                continue;
            }
            throw BlobErrors.ToException(response, Connection, "write a blob");
        }
    }

    public async Task<bool> DeleteAsync(string key, string? eTag = "*", CancellationToken cancellationToken = default)
    {
        StorageKey.Validate(key);
        await container.EnsureAsync(cancellationToken);
        var name = BlobName.FromKey(key);
        using var response = await transport.SendAsync("delete a blob", () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Delete, Connection.Uri(name, null));
            if (eTag is not null && eTag != ETagRule.Any) request.Headers.TryAddWithoutValidation("If-Match", eTag);
            return request;
        }, cancellationToken);
        switch (response.Status)
        {
            case HttpStatusCode.Accepted or HttpStatusCode.OK: return true;
            // After a lost answer, a 404 is most likely our own earlier, successful attempt.
            case HttpStatusCode.NotFound: return response.AfterFailedAttempt && response.ErrorCode == "BlobNotFound";
            // The service may answer 412 rather than 404 when the blob is gone; the contract says "absent" then.
            case HttpStatusCode.PreconditionFailed when !await ExistsAsync(name, cancellationToken): return false;
            case HttpStatusCode.PreconditionFailed: throw new StorageConflictException(key);
            default: throw BlobErrors.ToException(response, Connection, "delete a blob");
        }
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await container.EnsureAsync(cancellationToken);
        var namePrefix = Uri.EscapeDataString(BlobName.ListPrefix(prefix));
        var pageSize = Math.Clamp(options.Value.ListPageSize, 1, 5000);
        var keys = new List<string>();
        string? marker = null;
        do
        {
            var query = $"restype=container&comp=list&include=metadata&maxresults={pageSize}&prefix={namePrefix}" +
                        (marker is null ? "" : "&marker=" + Uri.EscapeDataString(marker));
            using var response = await transport.SendAsync("list blobs", () => new HttpRequestMessage(HttpMethod.Get, Connection.Uri(null, query)), cancellationToken);
            if (response.Status != HttpStatusCode.OK) throw BlobErrors.ToException(response, Connection, "list blobs");
            await using var body = await response.Message.Content.ReadAsStreamAsync(cancellationToken);
            var page = await BlobListPage.ReadAsync(body, KeyMetadata, cancellationToken);
            foreach (var blob in page.Blobs)
            {
                if (KeyOf(blob) is { } key && key.StartsWith(prefix, StringComparison.Ordinal)) keys.Add(key);
            }
            marker = page.NextMarker;
        } while (marker is not null);

        // Blob names sort differently from keys (escapes), and the contract promises ordinal key order.
        keys.Sort(StringComparer.Ordinal);
        foreach (var key in keys) yield return key;
    }

    private HttpRequestMessage PutRequest(string name, ReadOnlyMemory<byte> content, string? eTag, string keyMetadata, string writeId)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Connection.Uri(name, null)) { Content = new ReadOnlyMemoryContent(content) };
        request.Content.Headers.ContentType = Json;
        request.Headers.TryAddWithoutValidation("x-ms-blob-type", "BlockBlob");
        request.Headers.TryAddWithoutValidation("x-ms-meta-" + KeyMetadata, keyMetadata);
        request.Headers.TryAddWithoutValidation("x-ms-meta-" + WriteIdMetadata, writeId);
        if (eTag is null) request.Headers.TryAddWithoutValidation("If-None-Match", ETagRule.Any);
        else if (eTag != ETagRule.Any) request.Headers.TryAddWithoutValidation("If-Match", eTag);
        return request;
    }

    private async Task<string?> ETagIfWrittenByAsync(string name, string writeId, CancellationToken cancellationToken)
    {
        using var response = await transport.SendAsync("check a blob", () => new HttpRequestMessage(HttpMethod.Head, Connection.Uri(name, null)), cancellationToken);
        return response.Status == HttpStatusCode.OK && response.Header("x-ms-meta-" + WriteIdMetadata) == writeId ? response.ETag : null;
    }

    private async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        using var response = await transport.SendAsync("check a blob", () => new HttpRequestMessage(HttpMethod.Head, Connection.Uri(name, null)), cancellationToken);
        if (response.Status == HttpStatusCode.OK) return true;
        if (response.Status == HttpStatusCode.NotFound) return false;
        throw BlobErrors.ToException(response, Connection, "check a blob");
    }

    private static string? KeyOf(BlobListPage.Item blob)
    {
        if (blob.KeyMetadata is { } stored)
        {
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(stored));
            }
            catch (FormatException)
            {
                return null;
            }
        }
        return BlobName.TryToKey(blob.Name);
    }
}
