using System.Text.RegularExpressions;
using EmulationBot.Text;

namespace EmulationBot.Plans.Parsing;

/// <summary>Reads a plan typed as plain text: one paragraph per line, "-", "+" or "•" bullets, numbering in the text.</summary>
public static partial class PlainTextReader
{
    public static SourceDocument Read(string text) =>
        new(MarkdownReader.SplitLines(text).Select(ReadLine).ToList(), SourceFormat.Text);

    private static SourceLine ReadLine(string raw)
    {
        var line = raw.Trim();
        var bullet = Bullet().Match(line);
        return bullet.Success
            ? new SourceLine(VietnameseText.CollapseSpaces(line[bullet.Length..]), IsBullet: true)
            : new SourceLine(VietnameseText.CollapseSpaces(line));
    }

    [GeneratedRegex(@"^[-+•–*]\s+")]
    private static partial Regex Bullet();
}
