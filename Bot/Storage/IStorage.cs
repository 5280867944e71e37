namespace EmulationBot.Storage;

/// <summary>A key-value store of JSON documents with ETag optimistic concurrency (file, memory or Azure Blob).</summary>
/// <remarks>
/// ETag rules on write, the same for every store:
/// <list type="bullet">
/// <item><c>eTag: null</c> — create only: fails with <see cref="StorageConflictException"/> if the key exists
/// (Blob: <c>If-None-Match: *</c>).</item>
/// <item><c>eTag: "*"</c> — the wildcard: write whatever is there (last writer wins).</item>
/// <item>any other value — update only if the stored ETag is still that value (Blob: <c>If-Match</c>).</item>
/// </list>
/// So "write back with the ETag you read (or null if you read nothing)" is always a safe read-modify-write.
/// Transient failures surface as <see cref="StorageUnavailableException"/>.
/// </remarks>
public interface IStorage
{
    /// <summary>The stored bytes and their ETag, or null when the key does not exist.</summary>
    Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="content"/> under the ETag rule above and returns the new ETag.</summary>
    Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, string? eTag, CancellationToken cancellationToken = default);

    /// <summary>Deletes the key; <paramref name="eTag"/> "*" or null deletes unconditionally. Returns false if it was absent.</summary>
    Task<bool> DeleteAsync(string key, string? eTag = "*", CancellationToken cancellationToken = default);

    /// <summary>The keys that start with <paramref name="prefix"/>, in ordinal order.</summary>
    IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default);
}

/// <summary>One stored value with the ETag that identifies this version of it.</summary>
public sealed record StoredItem(ReadOnlyMemory<byte> Content, string ETag);
