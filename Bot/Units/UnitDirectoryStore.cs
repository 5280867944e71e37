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
}
