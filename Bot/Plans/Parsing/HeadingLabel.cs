using System.Text.RegularExpressions;

namespace EmulationBot.Plans.Parsing;

/// <summary>The number at the start of a paragraph: "III." / "I-" (Roman), "2." (Arabic), "1.2." (decimal), "a)" (letter).</summary>
internal sealed partial record HeadingLabel(LabelKind Kind, string Value, string Rest)
{
    /// <summary>For decimal labels: how many parts ("1.2" is 2).</summary>
    public int Depth => Kind == LabelKind.Decimal ? Value.Count(c => c == '.') + 1 : 1;

    public static HeadingLabel? Parse(string text)
    {
        var match = Roman().Match(text);
        if (match.Success && match.Groups["v"].Length > 0 && StartsUpper(match.Groups["rest"].Value))
        {
            return new HeadingLabel(LabelKind.Roman, match.Groups["v"].Value, match.Groups["rest"].Value);
        }
        match = Decimal().Match(text);
        if (match.Success) return new HeadingLabel(LabelKind.Decimal, match.Groups["v"].Value, match.Groups["rest"].Value);
        match = Arabic().Match(text);
        if (match.Success && int.Parse(match.Groups["v"].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 40)
        {
            return new HeadingLabel(LabelKind.Arabic, match.Groups["v"].Value.TrimStart('0'), match.Groups["rest"].Value);
        }
        match = Letter().Match(text);
        if (match.Success && (match.Groups["p"].Value == ")" || StartsUpper(match.Groups["rest"].Value)))
        {
            return new HeadingLabel(LabelKind.Letter, match.Groups["v"].Value, match.Groups["rest"].Value);
        }
        return null;
    }

    private static bool StartsUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return char.IsUpper(c);
            if (char.IsDigit(c)) return false;
        }
        return false;
    }

    [GeneratedRegex(@"^(?<v>X{0,2}(?:IX|IV|V?I{0,3}))\s*[.\-–:)]\s*(?<rest>\S.*)$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<v>\d{1,2}(?:\.\d{1,2})+)\.?\s+(?<rest>\S.*)$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^(?<v>\d{1,2})\s*[.)]\s*(?<rest>\D.*)$")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^(?<v>[a-zđ])\s*(?<p>[).])\s+(?<rest>\S.*)$")]
    private static partial Regex Letter();
}

internal enum LabelKind
{
    Roman,
    Arabic,
    Decimal,
    Letter,
}
