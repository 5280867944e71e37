namespace EmulationBot.Storage;

/// <summary>Base of the errors a store reports; the turn turns them into polite messages.</summary>
public abstract class StorageException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The ETag condition of a write or delete did not hold: someone else changed (or created) the value.</summary>
public sealed class StorageConflictException(string key)
    : StorageException($"The stored value '{key}' was changed by another writer.")
{
    public string Key { get; } = key;
}

/// <summary>The store could not be reached or kept failing after retries; try again shortly.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : StorageException(message, inner);

/// <summary>The store refused us for a reason that retrying will not fix (bad key, expired SAS, missing container…).</summary>
public sealed class StorageConfigurationException(string message, Exception? inner = null) : StorageException(message, inner);
