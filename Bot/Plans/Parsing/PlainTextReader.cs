using System.Text;
using System.Text.RegularExpressions;

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
            ? new SourceLine(CollapseSpaces(line[bullet.Length..]), IsBullet: true)
            : new SourceLine(CollapseSpaces(line));
    }

    public static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^[-+•–*]\s+")]
    private static partial Regex Bullet();
}
