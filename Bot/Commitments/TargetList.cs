using System.Text.RegularExpressions;

namespace EmulationBot.Commitments;

/// <summary>
/// Reads the targets a user typed as separate items: one per line, or separated by ";", with any bullet or
/// numbering ("-", "•", "1.", "2)", "a)") removed. Items with no letter or digit are dropped.
/// </summary>
public static partial class TargetList
{
    public const int MaxItems = 20;
    public const int MaxItemLength = 500;

    public static List<string> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        return text.Split(['\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(StripBullet)
            .Where(item => item.Any(char.IsLetterOrDigit))
            .ToList();
    }

    /// <summary>Null when the items are acceptable, else the key of the problem's text.</summary>
    public static string? Problem(IReadOnlyList<string> items) => items switch
    {
        { Count: 0 } => "commitments.targetsEmpty",
        { Count: > MaxItems } => "commitments.targetsTooMany",
        _ when items.Any(i => i.Length > MaxItemLength) => "commitments.targetTooLong",
        _ => null,
    };

    private static string StripBullet(string line) => Bullet().Replace(line.Trim(), "").Trim();

    /// <summary>"- ", "• ", "1. ", "2) ", "a) " at the start of an item.</summary>
    [GeneratedRegex(@"^(?:[-•*+–—·]+\s*|(?:\d{1,2}|[a-zA-Z])[.)](?:\s+|$))")]
    private static partial Regex Bullet();
}
