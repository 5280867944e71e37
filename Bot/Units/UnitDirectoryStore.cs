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
    private Snapshot? _snapshot;

    public async Task<UnitDirectory> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && time.GetUtcNow() - snapshot.ReadAt < Freshness) return snapshot.Directory;
        var stored = await storage.ReadAsync<UnitDirectory>(Key, cancellationToken);
        var directory = stored?.Value ?? new UnitDirectory();
        _snapshot = new Snapshot(directory, time.GetUtcNow());
        return directory;
    }

    /// <summary>Applies <paramref name="change"/> to the current directory under its ETag (retrying on conflicts).</summary>
    public async Task<UnitDirectory> UpdateAsync(Func<UnitDirectory, UnitDirectory?> change, CancellationToken cancellationToken)
    {
        var stored = await storage.UpdateAsync<UnitDirectory>(Key, current => change(current ?? new UnitDirectory()), cancellationToken: cancellationToken);
        var directory = stored?.Value ?? new UnitDirectory();
        _snapshot = new Snapshot(directory, time.GetUtcNow());
        return directory;
    }

    private sealed record Snapshot(UnitDirectory Directory, DateTimeOffset ReadAt);
}
