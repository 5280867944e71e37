using EmulationBot.Storage;

namespace EmulationBot.Tests.Reminders.Support;

/// <summary>
/// A store that, once armed, "kills the process" (throws <see cref="OperationCanceledException"/>) at the first write
/// that marks a journal entry sent — that is, after a message went out and before the journal could say so.
/// </summary>
internal sealed class CrashingStorage(IStorage inner) : IStorage
{
    public bool Armed { get; set; }
    public int Crashes { get; private set; }

    public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken = default) => inner.ReadAsync(key, cancellationToken);

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, string? eTag, CancellationToken cancellationToken = default)
    {
        if (Armed && key.StartsWith("reminders/journal/", StringComparison.Ordinal) && System.Text.Encoding.UTF8.GetString(content.Span).Contains("\"state\":\"sent\"", StringComparison.Ordinal))
        {
            Crashes++;
            throw new OperationCanceledException("Simulated crash between sending and recording.");
        }
        return inner.WriteAsync(key, content, eTag, cancellationToken);
    }

    public Task<bool> DeleteAsync(string key, string? eTag = "*", CancellationToken cancellationToken = default) => inner.DeleteAsync(key, eTag, cancellationToken);

    public IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);
}
