using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Parsing;

namespace EmulationBot.Plans.Review;

/// <summary>Tells a pasted plan from a question: long, several lines, says "kế hoạch", and has a plan's number or numbered parts.</summary>
public static class PastedPlan
{
    public const int MinLength = 300;

    public static bool Looks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length < MinLength) return false;
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 5) return false;
        var folded = AlignedFold.Fold(AlignedFold.Clean(text));
        if (!folded.Contains("ke hoach", StringComparison.Ordinal)) return false;
        return lines.Any(l => HeaderParser.Number(l.TrimStart('#', '*', ' ')) is not null)
            || lines.Count(l => HeadingLabel.Parse(MarkdownReader.StripInline(l.TrimStart('#', ' '))) is { Kind: LabelKind.Roman or LabelKind.Arabic }) >= 2;
    }
}
