using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace EmulationBot.Storage;

/// <summary>The embedded default store: one file per key under a folder, written atomically (temp file + rename).</summary>
/// <remarks>
/// Key segments (split on '/') become folders; names are encoded by <see cref="StorageKey.ToFileName"/>. Each file
/// starts with a header line holding its ETag and its key, so listing never depends on decoding file names.
/// A kill -9 mid-write leaves at most an orphaned temp file, never a half-written value: the new content becomes
/// visible only through an atomic rename after it has been flushed to disk.
/// </remarks>
public sealed class FileStorage : IStorage
{
    private const string Extension = ".json";
    private const string TempMarker = ".tmp-";
    private static readonly byte[] Magic = "EBK1 "u8.ToArray();
    private readonly string _root;
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public FileStorage(string folder)
    {
        _root = Path.GetFullPath(folder);
        Directory.CreateDirectory(_root);
    }

    public string Folder => _root;

    public async Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.Validate(key);
        var file = await ReadFileAsync(PathFor(key), cancellationToken);
        return file is null ? null : new StoredItem(file.Value.Content, file.Value.ETag);
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, string? eTag, CancellationToken cancellationToken = default)
    {
        StorageKey.Validate(key);
        var path = PathFor(key);
        var stripe = StripeFor(key);
        await stripe.WaitAsync(cancellationToken);
        try
        {
            var current = await ReadFileAsync(path, cancellationToken);
            if (!ETagRule.Allows(eTag, current?.ETag)) throw new StorageConflictException(key);
            var newTag = NewETag();
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + TempMarker + Guid.NewGuid().ToString("N");
            try
            {
                await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
                {
                    await stream.WriteAsync(Header(newTag, key), cancellationToken);
                    await stream.WriteAsync(content, cancellationToken);
                    await stream.FlushAsync(cancellationToken);
                    stream.Flush(flushToDisk: true);
                }
                File.Move(temp, path, overwrite: true);
            }
            catch (IOException ex)
            {
                TryDelete(temp);
                throw new StorageUnavailableException($"Could not write '{key}' to the local store.", ex);
            }
            return newTag;
        }
        finally
        {
            stripe.Release();
        }
    }

    public async Task<bool> DeleteAsync(string key, string? eTag = "*", CancellationToken cancellationToken = default)
    {
        StorageKey.Validate(key);
        var path = PathFor(key);
        var stripe = StripeFor(key);
        await stripe.WaitAsync(cancellationToken);
        try
        {
            var current = await ReadFileAsync(path, cancellationToken);
            if (current is null) return false;
            if (eTag is not null && eTag != ETagRule.Any && eTag != current.Value.ETag) throw new StorageConflictException(key);
            File.Delete(path);
            return true;
        }
        finally
        {
            stripe.Release();
        }
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Start from the deepest folder that the prefix names completely.
        var slash = prefix.LastIndexOf('/');
        var folder = slash < 0 ? _root : FolderFor(prefix[..slash]);
        if (!Directory.Exists(folder)) yield break;
        var keys = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = await ReadFileAsync(file, cancellationToken);
            if (item is { } found && found.Key.StartsWith(prefix, StringComparison.Ordinal)) keys.Add(found.Key);
        }
        keys.Sort(StringComparer.Ordinal);
        foreach (var key in keys) yield return key;
    }

    private string PathFor(string key)
    {
        var segments = key.Split('/');
        var folder = segments.Length == 1 ? _root : FolderFor(string.Join('/', segments[..^1]));
        return Path.Combine(folder, StorageKey.ToFileName(segments[^1]) + Extension);
    }

    private string FolderFor(string keyPath) =>
        Path.Combine([_root, .. keyPath.Split('/').Select(StorageKey.ToFileName)]);

    private SemaphoreSlim StripeFor(string key) => _stripes[(uint)StringComparer.Ordinal.GetHashCode(key) % _stripes.Length];

    private static string NewETag() => $"\"{DateTime.UtcNow.Ticks:x}{RandomNumberGenerator.GetHexString(8, lowercase: true)}\"";

    private static byte[] Header(string eTag, string key) =>
        [.. Magic, .. Encoding.UTF8.GetBytes(eTag), (byte)' ', .. Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(key))), (byte)'\n'];

    private static async Task<(ReadOnlyMemory<byte> Content, string ETag, string Key)?> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (FileNotFoundException) { return null; }
        catch (DirectoryNotFoundException) { return null; }
        catch (IOException ex) { throw new StorageUnavailableException("Could not read from the local store.", ex); }

        var newline = Array.IndexOf(bytes, (byte)'\n');
        if (newline < 0 || !bytes.AsSpan().StartsWith(Magic)) return null;
        var header = Encoding.UTF8.GetString(bytes, Magic.Length, newline - Magic.Length).Split(' ');
        if (header.Length != 2) return null;
        var key = Encoding.UTF8.GetString(Convert.FromBase64String(header[1]));
        return (bytes.AsMemory(newline + 1), header[0], key);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { }
    }
}
