using System.Text.Json;
using EmulationBot.Protocol;

namespace EmulationBot.Plans.Review;

/// <summary>Finds a file sent in a message: a Teams file (download info with a downloadUrl) or any attachment with a contentUrl.</summary>
public static class PlanAttachments
{
    public sealed record FileAttachment(string Url, string Name, string? ContentType);

    public static FileAttachment? Find(Activity activity)
    {
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == Attachment.TeamsFileDownloadInfo
                && attachment.Content is { ValueKind: JsonValueKind.Object } content
                && content.TryGetProperty("downloadUrl", out var url) && url.ValueKind == JsonValueKind.String)
            {
                var type = content.TryGetProperty("fileType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                return new FileAttachment(url.GetString()!, Name(attachment.Name, type), attachment.ContentType);
            }
            if (!string.IsNullOrEmpty(attachment.ContentUrl) && attachment.ContentType is not (Attachment.AdaptiveCardContentType or "text/html"))
            {
                return new FileAttachment(attachment.ContentUrl, Name(attachment.Name, null), attachment.ContentType);
            }
        }
        return null;
    }

    private static string Name(string? name, string? fileType)
    {
        var safe = Path.GetFileName(name ?? "");
        if (safe.Length == 0) safe = "plan";
        return Path.HasExtension(safe) || string.IsNullOrEmpty(fileType) ? safe : $"{safe}.{fileType.TrimStart('.')}";
    }
}
