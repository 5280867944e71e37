using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationBot.Plans.Ingestion;

/// <summary>What a Word paragraph style means for a plan: its heading level and the numbering it carries (following "based on").</summary>
internal sealed class DocxStyles
{
    private readonly Dictionary<string, Style> _styles;

    public DocxStyles(StyleDefinitionsPart? part)
    {
        _styles = part?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, Style>(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>1 for "heading 1" (by name, id or outline level), …; null for body text.</summary>
    public int? HeadingLevel(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < 10; depth++)
        {
            if (!_styles.TryGetValue(styleId, out var style)) return LevelFromName(styleId);
            if (LevelFromName(style.StyleName?.Val?.Value) is { } byName) return byName;
            if (LevelFromName(styleId) is { } byId) return byId;
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9) return outline + 1;
            styleId = style.BasedOn?.Val?.Value;
        }
        return null;
    }

    public NumberingProperties? Numbering(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < 10 && _styles.TryGetValue(styleId, out var style); depth++)
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numbering) return numbering;
            styleId = style.BasedOn?.Val?.Value;
        }
        return null;
    }

    private static int? LevelFromName(string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var compact = name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (compact == "title") return 1;
        foreach (var prefix in (string[])["heading", "tieude", "tiêuđề", "muc"])
        {
            if (compact.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(compact[prefix.Length..], out var level) && level is >= 1 and <= 9)
            {
                return level;
            }
        }
        return null;
    }
}
