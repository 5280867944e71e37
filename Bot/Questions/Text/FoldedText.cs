using System.Globalization;
using System.Text;

namespace EmulationBot.Questions.Text;

/// <summary>
/// Folding that keeps positions: every character of NFC text becomes exactly one character (lower case, no
/// diacritics, "đ" → "d"), so a match found in the folded text points at the same place in the original.
/// </summary>
public static class FoldedText
{
    private static readonly char[] Table = BuildTable();

    /// <summary>NFC first (NFD input and old-style tone placement such as "huỷ"/"hủy" meet here), then folded char by char.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return string.Create(nfc.Length, nfc, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = Fold(source[i]);
        });
    }

    /// <summary>The text the folded string is aligned with: NFC of the input.</summary>
    public static string Nfc(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    public static char Fold(char c) => c < Table.Length ? Table[c] : char.ToLowerInvariant(c);

    private static char[] BuildTable()
    {
        // Latin, Latin Extended and Latin Extended Additional (U+1E00–U+1EFF, where the Vietnamese letters live).
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (c is 'đ' or 'Đ')
            {
                table[i] = 'd';
                continue;
            }
            if (char.IsSurrogate(c))
            {
                table[i] = c;
                continue;
            }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var letter = decomposed[0];
            table[i] = CharUnicodeInfo.GetUnicodeCategory(letter) == UnicodeCategory.NonSpacingMark ? ' ' : char.ToLowerInvariant(letter);
        }
        return table;
    }
}
