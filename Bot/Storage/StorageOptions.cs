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

    /// <summary>How many user/conversation state documents the bot keeps in memory between turns.</summary>
    public int CacheCapacity { get; set; } = 50_000;
}
