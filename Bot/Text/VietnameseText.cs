using System.Globalization;
using System.Text;

namespace EmulationBot.Text;

/// <summary>Normalisation of Vietnamese text for matching: NFC, lower case, and diacritics folded away.</summary>
/// <remarks>
/// Users often type without diacritics ("han nop bao cao"), and the same letter can arrive composed (NFC) or
/// decomposed (NFD). Matching therefore compares folded text; answers always show the original.
/// </remarks>
public static class VietnameseText
{
    /// <summary>NFC, lower case, whitespace collapsed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var nfc = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        return CollapseSpaces(nfc);
    }

    /// <summary>Lower case without diacritics: "Hạn nộp báo cáo" → "han nop bao cao", "Đắk Nông" → "dak nong".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return CollapseSpaces(sb.ToString().Normalize(NormalizationForm.FormC));
    }

    /// <summary>True if the text contains a letter that only Vietnamese uses (ă â đ ê ô ơ ư or a tone mark).</summary>
    public static bool HasVietnameseLetters(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (c is 'đ' or 'Đ' or 'ơ' or 'Ơ' or 'ư' or 'Ư') return true;
            // Combining breve, circumflex, horn and the five tone marks.
            if (c is '\u0306' or '\u0302' or '\u031B' or '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323') return true;
        }
        return false;
    }

    /// <summary>Syllables of folded text: runs of letters and digits (Vietnamese words are one to three syllables).</summary>
    public static IReadOnlyList<string> Syllables(string folded)
    {
        var result = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0) start = i;
            else if (!isWordChar && start >= 0)
            {
                result.Add(folded[start..i]);
                start = -1;
            }
        }
        return result;
    }

    /// <summary>Runs of white space as one space, none at either end.</summary>
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
}
