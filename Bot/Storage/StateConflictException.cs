namespace EmulationBot.Storage;

/// <summary>
/// A turn's state could not be saved because another writer changed it first. The stale copy has been dropped;
/// the turn should run again from the fresh state (its replies were not sent yet).
/// </summary>
public sealed class StateConflictException(string key) : StorageException($"Turn state '{key}' changed during the turn.")
{
    public string Key { get; } = key;
}
