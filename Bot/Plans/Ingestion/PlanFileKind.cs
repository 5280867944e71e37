namespace EmulationBot.Plans.Ingestion;

/// <summary>What a file is, judged from its first bytes first and its name second.</summary>
internal enum PlanFileKind
{
    Docx,
    Markdown,
    Text,
    Pdf,
    Image,
    LegacyWord,
    Other,
}

internal static class PlanFileKinds
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".heif"];

    public static PlanFileKind Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (head.StartsWith("%PDF"u8)) return PlanFileKind.Pdf;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || head.StartsWith("GIF8"u8)
            || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) || (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)))
        {
            return PlanFileKind.Image;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return extension is ".doc" or ".dot" ? PlanFileKind.LegacyWord : PlanFileKind.Other;
        if (head.StartsWith("PK\u0003\u0004"u8)) return extension is ".docx" or ".docm" or "" ? PlanFileKind.Docx : PlanFileKind.Other;
        return extension switch
        {
            ".pdf" => PlanFileKind.Pdf,
            ".doc" or ".rtf" => PlanFileKind.LegacyWord,
            ".docx" => PlanFileKind.Docx,
            ".md" or ".markdown" => PlanFileKind.Markdown,
            ".txt" or ".text" or "" => PlanFileKind.Text,
            _ when ImageExtensions.Contains(extension) => PlanFileKind.Image,
            _ => PlanFileKind.Other,
        };
    }
}
