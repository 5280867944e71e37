using EmulationBot.Storage;

namespace EmulationBot.Units;

/// <summary>
/// Reads the unit directory (cached for a short while, since every turn may need it) and changes it with
/// ETag-checked read-modify-write, so that two office users editing at once never overwrite each other.
/// </summary>
public sealed class UnitDirectoryStore(IStorage storage, TimeProvider time)
{
    public const string Key = "directory/units";
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);
    private readonly SharedRefresh<UnitDirectory> _cache = new(time, Freshness);

    public Task<UnitDirectory> GetAsync(CancellationToken cancellationToken) => _cache.GetAsync(ReadAsync, cancellationToken);

    private async Task<UnitDirectory> ReadAsync(CancellationToken cancellationToken) =>
        (await storage.ReadAsync<UnitDirectory>(Key, cancellationToken))?.Value ?? new UnitDirectory();

    /// <summary>Applies <paramref name="change"/> to the current directory under its ETag (retrying on conflicts).</summary>
    public async Task<UnitDirectory> UpdateAsync(Func<UnitDirectory, UnitDirectory?> change, CancellationToken cancellationToken)
    {
        var stored = await storage.UpdateAsync<UnitDirectory>(Key, current => change(current ?? new UnitDirectory()), cancellationToken: cancellationToken);
        var directory = stored?.Value ?? new UnitDirectory();
        _cache.Set(directory);
        return directory;
    }

    /// <summary>The directory as stored now (no cache) with its ETag, for a change that must be checked against exactly this version.</summary>
    public async Task<Stored<UnitDirectory>?> ReadStoredAsync(CancellationToken cancellationToken)
    {
        var stored = await storage.ReadAsync<UnitDirectory>(Key, cancellationToken);
        _cache.Set(stored?.Value ?? new UnitDirectory());
        return stored;
    }

    /// <summary>
    /// Writes <paramref name="next"/> only if the stored directory is still the version <paramref name="eTag"/> names
    /// (null: only if there is none yet); false when someone changed it meanwhile.
    /// </summary>
    public async Task<bool> TryReplaceAsync(UnitDirectory next, string? eTag, CancellationToken cancellationToken)
    {
        try
        {
            await storage.WriteAsync(Key, next, eTag, cancellationToken);
        }
        catch (StorageConflictException)
        {
            _cache.Invalidate();
            return false;
        }
        _cache.Set(next);
        return true;
    }
}
