using System.Text.RegularExpressions;
using EmulationBot.Plans.Dates;
using EmulationBot.Text;

namespace EmulationBot.Plans.Parsing;

/// <summary>Reads Markdown (as plans converted from Word look): '#' headings, '-' bullets, emphasis and links removed.</summary>
public static partial class MarkdownReader
{
    public static SourceDocument Read(string markdown) =>
        new(SplitLines(markdown).Select(ReadLine).ToList(), SourceFormat.Markdown);

    internal static IEnumerable<string> SplitLines(string text) =>
        AlignedFold.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    private static SourceLine ReadLine(string raw)
    {
        var line = raw.Trim();
        int? level = null;
        var heading = Heading().Match(line);
        if (heading.Success)
        {
            level = heading.Groups[1].Length;
            line = line[heading.Length..];
        }
        line = Quote().Replace(line, "");
        var bullet = Bullet().Match(line);
        var isBullet = bullet.Success && level is null;
        if (isBullet) line = line[bullet.Length..];
        var bold = line.Length > 4 && ((line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal))
                                       || (line.StartsWith("__", StringComparison.Ordinal) && line.EndsWith("__", StringComparison.Ordinal)));
        return new SourceLine(StripInline(line), level, isBullet, bold || level is not null);
    }

    /// <summary>Removes emphasis, links and escapes, keeping the words.</summary>
    public static string StripInline(string text)
    {
        var s = Link().Replace(text, "$1");
        s = AutoLink().Replace(s, "$1");
        s = Strong().Replace(s, "");
        s = Emphasis().Replace(s, "");
        s = Escape().Replace(s, "$1");
        return VietnameseText.CollapseSpaces(s);
    }

    [GeneratedRegex(@"^(#{1,6})\s+")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:>\s?)+")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^[-*+•–]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"\*\*|__")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|])")]
    private static partial Regex Escape();
}
