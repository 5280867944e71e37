using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EmulationBot.Storage;

/// <summary>Loads and saves the per-turn state documents (user and conversation state) through the <see cref="StateCache"/>.</summary>
/// <remarks>
/// A turn reads each document at most once and writes it only when it changed, conditionally on the ETag it
/// was read with. A document missing from the cache is first assumed new and confirmed by a create-only write
/// at the end of the turn; if it did exist, that write fails, the document is read, and the turn runs again.
/// </remarks>
public sealed class BotStateStore(IStorage storage, StateCache cache)
{
    public IStorage Storage => storage;

    public Task<StateEntry<T>> LoadAsync<T>(string key, JsonTypeInfo<T> type, CancellationToken cancellationToken) where T : new()
    {
        if (cache.TryGet(key, out var item)) return Task.FromResult(FromItem(key, item, type));
        return Task.FromResult(new StateEntry<T>(key, new T(), null, ReadOnlyMemory<byte>.Empty, confirmed: false));
    }

    /// <summary>Reads the document from storage, bypassing the cache (after a conflict).</summary>
    public async Task<StateEntry<T>> ReloadAsync<T>(string key, JsonTypeInfo<T> type, CancellationToken cancellationToken) where T : new()
    {
        var item = await storage.ReadAsync(key, cancellationToken);
        if (item is null)
        {
            cache.Remove(key);
            return new StateEntry<T>(key, new T(), null, ReadOnlyMemory<byte>.Empty, confirmed: true);
        }
        cache.Set(key, item);
        return FromItem(key, item, type);
    }

    /// <summary>Writes the document if it changed (or was never confirmed); throws <see cref="StateConflictException"/> on a lost race.</summary>
    public async Task SaveAsync<T>(StateEntry<T> entry, JsonTypeInfo<T> type, CancellationToken cancellationToken) where T : new()
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(entry.Value, type);
        if (entry.Confirmed && bytes.AsSpan().SequenceEqual(entry.Original.Span)) return;
        string eTag;
        try
        {
            eTag = await storage.WriteAsync(entry.Key, bytes, entry.ETag, cancellationToken);
        }
        catch (StorageConflictException)
        {
            cache.Remove(entry.Key);
            await ReloadAsync(entry.Key, type, cancellationToken);
            throw new StateConflictException(entry.Key);
        }
        catch
        {
            cache.Remove(entry.Key);
            throw;
        }
        entry.ETag = eTag;
        entry.Original = bytes;
        entry.Confirmed = true;
        cache.Set(entry.Key, new StoredItem(bytes, eTag));
    }

    /// <summary>Forgets a document (for example after a conflict or when a user removes the bot).</summary>
    public void Evict(string key) => cache.Remove(key);

    private static StateEntry<T> FromItem<T>(string key, StoredItem item, JsonTypeInfo<T> type) where T : new()
    {
        try
        {
            var value = JsonSerializer.Deserialize(item.Content.Span, type) ?? new T();
            return new StateEntry<T>(key, value, item.ETag, item.Content, confirmed: true);
        }
        catch (JsonException)
        {
            // An unreadable (old or damaged) document is replaced, under its ETag, by a fresh one.
            return new StateEntry<T>(key, new T(), item.ETag, item.Content, confirmed: true) { WasReset = true };
        }
    }
}
