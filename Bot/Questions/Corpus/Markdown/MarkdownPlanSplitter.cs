using System.Text.RegularExpressions;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Corpus.Markdown;

/// <summary>
/// TEMPORARY development adapter: splits a plan written in Markdown (as the seed plans are) into the question
/// answerer's shape — header facts, preamble, numbered sections, bullets, closing. It is replaced by the adapter
/// over the plans feature's parser as soon as that feature is merged.
/// </summary>
public static partial class MarkdownPlanSplitter
{
    public static QaPlan Split(string id, string markdown)
    {
        var lines = Clean(markdown);
        var kh = lines.FindIndex(l => FoldedText.Of(l) == "ke hoach");
        var header = kh < 0 ? [] : lines[..kh];
        var body = kh < 0 ? lines : lines[(kh + 1)..];
        var title = body.FirstOrDefault() ?? id;
        if (body.Count > 0) body = body[1..];

        var sections = new List<SectionBuilder> { new(QaSection.PreambleId, title, 1, null) };
        SectionBuilder? level1 = null;
        var current = sections[0];
        var closing = false;
        foreach (var line in body)
        {
            var folded = FoldedText.Of(line);
            if (!closing && (folded.StartsWith("tren day la", StringComparison.Ordinal) || folded.StartsWith("noi nhan", StringComparison.Ordinal)
                             || (line.EndsWith("./.", StringComparison.Ordinal) && current.Level > 0 && level1 is not null)))
            {
                closing = true;
                current = new SectionBuilder(QaSection.ClosingId, "Phần kết", 1, null);
                sections.Add(current);
            }
            if (!closing && Roman().Match(line) is { Success: true } roman)
            {
                level1 = current = new SectionBuilder(roman.Groups[1].Value, roman.Groups[2].Value.Trim(), 1, null);
                sections.Add(current);
                continue;
            }
            if (!closing && level1 is not null && Numbered().Match(line) is { Success: true } numbered)
            {
                var rest = numbered.Groups[2].Value.Trim();
                var (heading, passage, fromText) = HeadingOf(rest);
                current = new SectionBuilder($"{level1.Id}.{numbered.Groups[1].Value}", heading, 2, level1.Id) { HeadingFromText = fromText };
                sections.Add(current);
                if (passage is not null) current.Add(passage, bullet: false);
                continue;
            }
            if (Bullet().Match(line) is { Success: true } bullet) current.Add(bullet.Groups[1].Value.Trim(), bullet: true);
            else current.Add(line, bullet: false);
        }

        var (number, province, issued) = ReadHeader(header);
        var preamble = sections[0].Passages.Select(p => p.Text).FirstOrDefault() ?? "";
        return new QaPlan
        {
            Id = id,
            Title = title,
            Theme = Quoted(preamble, "chu de") ?? Quoted(title, ""),
            Number = number,
            Issuer = preamble.Contains("Sở Khoa học và Công nghệ", StringComparison.Ordinal) ? "Sở Khoa học và Công nghệ" : null,
            Province = province,
            Issued = issued,
            Sections = sections.Select(s => s.Build()).ToList(),
        };
    }

    private static (string Heading, string? Passage, bool FromText) HeadingOf(string rest)
    {
        var colon = rest.IndexOf(':');
        if (colon is > 0 and <= 80 && colon < rest.Length - 1) return (rest[..colon].Trim(), rest, false);
        if (rest.Length <= 150 && !rest.EndsWith('.')) return (rest.TrimEnd(':', ' '), null, false);
        var words = rest.Split(' ');
        var head = string.Join(' ', words.Take(10)).TrimEnd(',', ';', '.');
        return (words.Length > 10 ? head + "…" : head, rest, true);
    }

    private static (string? Number, string? Province, string? Issued) ReadHeader(List<string> header)
    {
        string? number = null, province = null, issued = null;
        foreach (var line in header)
        {
            if (line.StartsWith("Số:", StringComparison.Ordinal)) number = line[3..].Trim();
            else if (PlaceDate().Match(line) is { Success: true } m)
            {
                province = m.Groups[1].Value.Trim();
                var day = m.Groups[2].Value;
                issued = day.Length > 0 ? $"{int.Parse(day):00}/{int.Parse(m.Groups[3].Value):00}/{m.Groups[4].Value}" : $"tháng {m.Groups[3].Value}/{m.Groups[4].Value}";
            }
        }
        return (number, province, issued);
    }

    /// <summary>The text in curly quotes after a key phrase ("với chủ đề “…”").</summary>
    private static string? Quoted(string text, string foldedKey)
    {
        var folded = FoldedText.Of(text);
        var at = foldedKey.Length == 0 ? 0 : folded.IndexOf(foldedKey, StringComparison.Ordinal);
        if (at < 0) return null;
        var open = text.IndexOf('“', at);
        var close = open < 0 ? -1 : text.IndexOf('”', open + 1);
        return close > open + 1 ? text[(open + 1)..close].Trim('*', ' ') : null;
    }

    /// <summary>Lines without Markdown marks; a line that continues a paragraph broken by a page is joined to it.</summary>
    private static List<string> Clean(string markdown)
    {
        var result = new List<string>();
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = Marks().Replace(FoldedText.Nfc(raw), "").Trim();
            line = line.TrimStart('#').Trim().Trim('*').Trim();
            if (line.Length == 0) continue;
            if (result.Count > 0 && (char.IsLower(line[0]) || line[0] == '(') && !Ends(result[^1])) result[^1] += " " + line;
            else result.Add(line);
        }
        return result;
    }

    private static bool Ends(string line) => line[^1] is '.' or ';' or ':' or '!' or '?' or '”' or '"' or ')';

    [GeneratedRegex(@"\*{2,3}|(?<=\s|^|“|"")\*(?=\S)|(?<=\S)\*(?=[\s.,;:”""]|$)|[<>]")]
    private static partial Regex Marks();

    [GeneratedRegex(@"^(I|II|III|IV|V|VI|VII|VIII|IX|X)\s*[.\-–]\s*(.+)$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(\d{1,2})\.\s+(.+)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^[-–•]\s+(.+)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^([^,]+),\s*ngày\s*(\d{0,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})")]
    private static partial Regex PlaceDate();

    private sealed class SectionBuilder(string id, string heading, int level, string? parentId)
    {
        public string Id { get; } = id;
        public int Level { get; } = level;
        public bool HeadingFromText { get; init; }
        public List<QaPassage> Passages { get; } = [];

        public void Add(string text, bool bullet) =>
            Passages.Add(new QaPassage($"{Id}#{Passages.Count + 1}", text, bullet, DateSpotter.Find(text)));

        public QaSection Build() => new(Id, heading, Level, parentId, Passages) { HeadingFromText = HeadingFromText };
    }
}
