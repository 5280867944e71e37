namespace EmulationBot.Storage;

/// <summary>A state document loaded for one turn: its value, and what is needed to write it back safely.</summary>
public sealed class StateEntry<T>(string key, T value, string? eTag, ReadOnlyMemory<byte> original, bool confirmed)
{
    public string Key { get; } = key;
    public T Value { get; internal set; } = value;

    /// <summary>The ETag to write back under; null for a document not yet stored (create-only).</summary>
    public string? ETag { get; internal set; } = eTag;

    /// <summary>The bytes as loaded, to skip writing a document the turn did not change.</summary>
    internal ReadOnlyMemory<byte> Original { get; set; } = original;

    /// <summary>
    /// False when the document was assumed new without a read (cache miss): it is then written at the end of the
    /// turn even if unchanged, create-only, which confirms that nobody else had stored it.
    /// </summary>
    internal bool Confirmed { get; set; } = confirmed;

    /// <summary>True when the stored document could not be read and was replaced by a fresh one this turn.</summary>
    public bool WasReset { get; internal init; }
}
