using System.Text.Json;
using EmulationBot.Protocol;

namespace EmulationBot.Office.Files;

/// <summary>A file someone sent in a message: a Teams file (download info with a pre-authorised URL) or an attachment with a contentUrl.</summary>
public sealed record AttachedFile(string Name, string Url)
{
    public string Extension => Path.GetExtension(Name).ToLowerInvariant();

    public static AttachedFile? First(IEnumerable<Attachment>? attachments)
    {
        foreach (var attachment in attachments ?? [])
        {
            if (attachment.ContentType == Attachment.TeamsFileDownloadInfo
                && attachment.Content is { ValueKind: JsonValueKind.Object } info
                && info.TryGetProperty("downloadUrl", out var url) && url.ValueKind == JsonValueKind.String)
            {
                var type = info.TryGetProperty("fileType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                return new AttachedFile(SafeName(attachment.Name, type), url.GetString()!);
            }
            if (!string.IsNullOrEmpty(attachment.ContentUrl) && attachment.ContentType is { } ct
                && !ct.StartsWith("application/vnd.microsoft.card", StringComparison.Ordinal) && ct != "text/html")
            {
                return new AttachedFile(SafeName(attachment.Name, null), attachment.ContentUrl);
            }
        }
        return null;
    }

    private static string SafeName(string? name, string? fileType)
    {
        var safe = Path.GetFileName(name ?? "");
        if (safe.Length == 0) safe = "file";
        return Path.HasExtension(safe) || string.IsNullOrEmpty(fileType) ? safe : $"{safe}.{fileType.TrimStart('.')}";
    }
}
