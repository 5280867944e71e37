using System.Text.RegularExpressions;

namespace EmulationBot.Plans.Dates;

/// <summary>Reads the deadline words just before a date ("hoàn thành trước", "chậm nhất là", "đến hết", "trong", "vào").</summary>
internal static partial class DateMarkers
{
    private const int Window = 60;

    /// <summary>The marker before <paramref name="position"/> in folded text and where its words start.</summary>
    public static (DateMarker Marker, int Start) Before(string folded, int position)
    {
        var from = Math.Max(0, position - Window);
        var window = folded[from..position];
        foreach (var (pattern, marker) in Markers)
        {
            var match = pattern.Match(window);
            if (!match.Success) continue;
            var start = from + match.Index;
            // "…, hoàn thành trước ngày X": the words "hoàn thành" belong to the deadline, not to the task.
            var lead = Completion().Match(folded[Math.Max(0, start - 30)..start]);
            if (lead.Success) start = Math.Max(0, start - 30) + lead.Index;
            return (marker, start);
        }
        return (DateMarker.None, position);
    }

    /// <summary>True when "từ" (from) comes just before <paramref name="position"/>; returns where it starts.</summary>
    public static int? FromWord(string folded, int position)
    {
        var from = Math.Max(0, position - 20);
        var match = From().Match(folded[from..position]);
        return match.Success ? from + match.Index : null;
    }

    /// <summary>The text between two dates of a "từ … đến …" range.</summary>
    public static bool IsRangeJoin(string between) => RangeJoin().IsMatch(between);

    public static bool IsDash(string between) => Dash().IsMatch(between);

    private static readonly (Regex Pattern, DateMarker Marker)[] Markers =
    [
        (NoLaterThan(), DateMarker.NoLaterThan),
        (BeforeWords(), DateMarker.Before),
        (Until(), DateMarker.Until),
        (Within(), DateMarker.Within),
        (On(), DateMarker.On),
    ];

    [GeneratedRegex(@"(?<!\w)cham nhat(?:\s+la)?(?:\s+(?:vao|truoc|den))?(?:\s+het)?(?:\s+ngay)?\s*[:,]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NoLaterThan();

    [GeneratedRegex(@"(?<!\w)(?:truoc(?:\s+thang)?|thoi han(?:\s+(?:hoan thanh|nop|gui|bao cao))?|han(?:\s+(?:chot|cuoi|nop|gui))?|by|before|due)\s*(?:la\s*)?[:,]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeWords();

    [GeneratedRegex(@"(?<!\w)(?:den\s+het|den|toi|until)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Until();

    [GeneratedRegex(@"(?<!\w)(?:trong|in|during)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Within();

    [GeneratedRegex(@"(?<!\w)(?:vao|on)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex On();

    [GeneratedRegex(@"(?:,\s*)?(?<!\w)(?:hoan thanh|xong)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Completion();

    [GeneratedRegex(@"(?<!\w)(?:tu|from)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex From();

    [GeneratedRegex(@"^\s*(?:den|toi|to|until)\s+(?:het\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoin();

    [GeneratedRegex(@"^\s*[-–—]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Dash();
}
