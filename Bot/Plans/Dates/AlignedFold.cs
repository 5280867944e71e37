using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace EmulationBot.Plans.Dates;

/// <summary>
/// Folds NFC text to lower case without diacritics ("Trước ngày" → "truoc ngay") keeping one character for one
/// character, so that a match found in the folded text has the same index and length in the original.
/// </summary>
public static class AlignedFold
{
    private static readonly ConcurrentDictionary<char, char> Cache = new();

    /// <summary>The text in NFC with unusual spaces made plain (the form plans are kept in).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var nfc = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        foreach (var c in nfc)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') continue;
            sb.Append(c is '\u00A0' or '\u2007' or '\u202F' or '\t' ? ' ' : c);
        }
        return sb.ToString();
    }

    /// <summary>Folds NFC text; the result has exactly the length of <paramref name="nfc"/>.</summary>
    public static string Fold(string nfc)
    {
        return string.Create(nfc.Length, nfc, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = FoldChar(source[i]);
        });
    }

    public static char FoldChar(char c)
    {
        if (c < 0x80) return char.ToLowerInvariant(c);
        return Cache.GetOrAdd(c, static ch =>
        {
            if (ch is 'đ' or 'Đ') return 'd';
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            var first = decomposed[0];
            return CharUnicodeInfo.GetUnicodeCategory(first) == UnicodeCategory.NonSpacingMark ? ch : char.ToLowerInvariant(first);
        });
    }
}
