using System.Text.RegularExpressions;
using EmulationBot.Plans.Dates;

namespace EmulationBot.Plans.Parsing;

/// <summary>Reads a plan's number, issuing body, province, issue date, title and theme from its first parts.</summary>
internal static partial class HeaderParser
{
    public static HeaderInfo Parse(DocumentLayout layout)
    {
        var top = layout.Header.Concat(layout.Title).Concat(layout.Preamble.Take(2)).ToList();
        var number = top.Select(b => Number(b.Text)).FirstOrDefault(n => n is not null);
        var (place, issued) = PlaceAndDate(layout.Header.Count > 0 ? layout.Header : top);
        var title = string.Join(' ', layout.Title.Select(t => t.Text.Trim())).Trim();
        var preamble = string.Join(' ', layout.Preamble.Select(p => p.Text));
        var closing = string.Join(' ', layout.Closing.Select(p => p.Text));
        var issuer = IssuerNames.Find(layout.Header, preamble + " " + closing, number);
        var province = Province(place, layout.Header, preamble, closing);
        var theme = Theme(preamble) ?? Theme(title) ?? QuotedName(title);
        return new HeaderInfo(number, issuer, province, issued, title, theme);
    }

    /// <summary>A line that belongs to a plan's header: the number, the place and date, or the national motto.</summary>
    public static bool IsHeaderLine(string text)
    {
        var folded = AlignedFold.Fold(text);
        return Number(text) is not null || PlaceDate().IsMatch(folded)
            || folded.StartsWith("cong hoa xa hoi", StringComparison.Ordinal) || folded.StartsWith("doc lap", StringComparison.Ordinal);
    }

    internal static string? Number(string text)
    {
        var match = NumberPattern().Match(AlignedFold.Fold(text));
        if (!match.Success) return null;
        var group = match.Groups["n"];
        return text.Substring(group.Index, group.Length).Replace(" ", "", StringComparison.Ordinal).TrimEnd('.', ',', ';');
    }

    private static (string? Place, PlanDate? Issued) PlaceAndDate(IReadOnlyList<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            var folded = AlignedFold.Fold(block.Text);
            var match = PlaceDate().Match(folded);
            if (!match.Success) continue;
            var dateStart = match.Groups["date"].Index;
            var date = VietnameseDateReader.FindAll(block.Text).FirstOrDefault(m => m.DateStart >= dateStart)?.Value;
            var placeText = block.Text.Substring(match.Groups["place"].Index, match.Groups["place"].Length).Trim();
            return (ProvinceNames.AtEnd(placeText) ?? LastWords(placeText), date);
        }
        return (null, null);
    }

    private static string? LastWords(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse().TakeWhile(w => char.IsUpper(w[0])).Take(3).Reverse().ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    private static string? Province(string? place, IReadOnlyList<TextBlock> header, string preamble, string closing)
    {
        if (place is not null && ProvinceNames.AtEnd(place) is { } fromPlace) return fromPlace;
        foreach (var block in header)
        {
            if (ProvinceNames.AfterProvinceWord(block.Text) is { } named) return named;
        }
        return ProvinceNames.AfterProvinceWord(preamble) ?? ProvinceNames.AfterProvinceWord(closing) ?? place;
    }

    /// <summary>"với chủ đề “…”": the text inside the quotes.</summary>
    private static string? Theme(string text)
    {
        var match = ThemeIntro().Match(AlignedFold.Fold(text));
        return match.Success ? Quoted(text, match.Index + match.Length - 1) : null;
    }

    /// <summary>The movement's name in the title: "Phát động phong trào thi đua “…” năm 2022".</summary>
    private static string? QuotedName(string title)
    {
        var open = title.IndexOfAny(['“', '"', '«']);
        var quoted = open >= 0 ? Quoted(title, open) : null;
        return quoted is { Length: >= 15 } ? quoted : null;
    }

    private static string? Quoted(string text, int openAt)
    {
        var close = text[openAt] switch { '“' => '”', '«' => '»', _ => '"' };
        var end = text.IndexOf(close, openAt + 1);
        if (end < 0) return null;
        var inner = text[(openAt + 1)..end].Trim();
        return inner.Length == 0 ? null : inner;
    }

    [GeneratedRegex(@"(?<!\w)so\s*[:.]?\s*(?<n>\d*\s*/\s*[a-z0-9\-/.&]*[a-z][a-z0-9\-/.&]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<place>[a-z][a-z .'\-]{1,60}?)\s*,\s*(?<date>ngay)(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"chu de\s*(?:la\s*)?:?\s*[""“«]", RegexOptions.CultureInvariant)]
    private static partial Regex ThemeIntro();
}
