using EmulationBot.Localization;
using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions.Answering;

/// <summary>How a section is cited: "Mục III.1 – Văn phòng Sở", "Phần mở đầu", "Phần kết" (English: "Section III.1 – …").</summary>
public static class Citation
{
    public static string Of(QaSection section, Language language)
    {
        var english = language == Language.English;
        if (section.IsPreamble) return english ? "Introduction" : "Phần mở đầu";
        if (section.IsClosing) return english ? "Closing" : "Phần kết";
        var label = (english ? "Section " : "Mục ") + section.Id;
        return section.HeadingFromText || section.Heading.Length == 0 ? label : $"{label} – {Heading(section.Heading)}";
    }

    /// <summary>The label only ("Mục III.1"), for buttons.</summary>
    public static string Label(QaSection section, Language language) =>
        section.IsPreamble || section.IsClosing ? Of(section, language) : (language == Language.English ? "Section " : "Mục ") + section.Id;

    /// <summary>Headings in capitals ("TỔ CHỨC THỰC HIỆN") read better in sentence case.</summary>
    private static string Heading(string heading)
    {
        var letters = heading.Where(char.IsLetter).ToList();
        if (letters.Count == 0 || letters.Any(char.IsLower)) return heading;
        var lower = heading.ToLowerInvariant();
        return char.ToUpperInvariant(lower[0]) + lower[1..];
    }
}
