using EmulationBot.Text;

namespace EmulationBot.Office.Organization;

/// <summary>What follows a command's phrase in a typed message, as typed: "thêm đơn vị Phòng Thanh tra" → "Phòng Thanh tra".</summary>
public static class TypedArgument
{
    /// <summary>The text after the first of <paramref name="foldedPhrases"/> that starts the message; empty when none does or nothing follows.</summary>
    public static string After(string? text, IEnumerable<string> foldedPhrases)
    {
        var words = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        foreach (var phrase in foldedPhrases.OrderByDescending(p => p.Length))
        {
            var phraseWords = phrase.Split(' ');
            if (words.Length < phraseWords.Length) continue;
            var head = string.Join(' ', VietnameseText.Syllables(VietnameseText.Fold(string.Join(' ', words[..phraseWords.Length]))));
            if (head != phrase) continue;
            return string.Join(' ', words[phraseWords.Length..]).Trim().TrimStart(':', '-', '–', ',', '.').Trim().Trim('"', '«', '»', '“', '”').Trim();
        }
        return "";
    }
}
