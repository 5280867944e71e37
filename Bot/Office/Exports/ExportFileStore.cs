using System.Security.Cryptography;
using EmulationBot.Storage;
using Microsoft.Extensions.Options;

namespace EmulationBot.Office.Exports;

/// <summary>
/// Exported files in the state store: the bytes under <c>exports/{id}/content</c>, what they are under
/// <c>exports/{id}/meta</c>. Ids are random (128 bits). Files older than <see cref="OfficeOptions.ExportRetention"/>
/// are swept every hour by <see cref="ExportSweeper"/>, outside anyone's turn.
/// </summary>
public sealed class ExportFileStore(IStorage storage, TimeProvider time, IOptions<OfficeOptions> options, ILogger<ExportFileStore> logger)
{
    public const string Prefix = "exports/";
    public static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    public async Task<ExportFile> SaveAsync(string fileName, string contentType, byte[] content, string createdBy, string? planId, CancellationToken cancellationToken)
    {
        var file = new ExportFile
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            FileName = fileName,
            ContentType = contentType,
            Size = content.Length,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = createdBy,
            PlanId = planId,
        };
        // Content first: a meta document always has its bytes.
        await storage.WriteAsync(ContentKey(file.Id), content, null, cancellationToken);
        await storage.WriteAsync(MetaKey(file.Id), file, null, cancellationToken);
        return file;
    }

    /// <summary>The file and its bytes; null when the id is malformed or the file is gone.</summary>
    public async Task<(ExportFile File, ReadOnlyMemory<byte> Content)?> OpenAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id)) return null;
        var meta = await storage.ReadAsync<ExportFile>(MetaKey(id), cancellationToken);
        var content = meta is null ? null : await storage.ReadAsync(ContentKey(id), cancellationToken);
        return meta is null || content is null ? null : (meta.Value, content.Content);
    }

    public static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    /// <summary>Deletes the files older than the retention; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var deleted = 0;
        var retention = options.Value.ExportRetention;
        await foreach (var key in storage.ListAsync(Prefix, cancellationToken))
        {
            if (!key.EndsWith("/meta", StringComparison.Ordinal)) continue;
            try
            {
                if (await storage.ReadAsync<ExportFile>(key, cancellationToken) is { } meta && now - meta.Value.CreatedAt > retention)
                {
                    await storage.DeleteAsync(ContentKey(meta.Value.Id), "*", cancellationToken);
                    await storage.DeleteAsync(key, "*", cancellationToken);
                    deleted++;
                }
            }
            catch (StorageCorruptException ex)
            {
                logger.LogWarning(ex, "Skipped an unreadable export {Key}", key);
            }
        }
        return deleted;
    }

    private static string MetaKey(string id) => $"{Prefix}{id}/meta";

    private static string ContentKey(string id) => $"{Prefix}{id}/content";
}
