namespace EmulationBot.Storage;

/// <summary>Section <c>Storage</c>: where the bot keeps its state.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>File (default, a local folder), Blob (Azure Blob Storage) or Memory (tests only).</summary>
    public string Kind { get; set; } = "File";

    /// <summary>For File: the folder, relative to the content root unless absolute.</summary>
    public string Folder { get; set; } = ".data";

    /// <summary>For Blob: an Azure Storage connection string, a container SAS URL, or UseDevelopmentStorage=true.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>For Blob: the container, created if missing.</summary>
    public string Container { get; set; } = "emulationbot";

    /// <summary>
    /// How many user/conversation state documents the bot keeps in memory between turns: the recently active people
    /// of even a large department, at a few kB each.
    /// </summary>
    public int CacheCapacity { get; set; } = 10_000;

    /// <summary>For Blob: how long one HTTP attempt may take before it is abandoned and retried.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>For Blob: retries after a timeout, a connection failure or a 408/429/500/502/503/504 answer.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>For Blob: the first retry's delay; each further retry doubles it, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(400);

    /// <summary>For Blob: blobs per List Blobs page (the service allows at most 5000).</summary>
    public int ListPageSize { get; set; } = 1000;
}
