using System.Globalization;

namespace EmulationBot.Localization;

/// <summary>The languages the bot speaks: Vietnamese first, English second.</summary>
public enum Language
{
    Vietnamese,
    English,
}

public static class LanguageExtensions
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo Culture(this Language language) => language == Language.English ? En : Vi;

    public static string Code(this Language language) => language == Language.English ? "en" : "vi";

    /// <summary>Parses "vi", "vi-VN", "en", "en-US", "English", "Tiếng Việt"…; null when not recognised.</summary>
    public static Language? Parse(string? value)
    {
        var folded = Text.VietnameseText.Fold(value);
        if (folded.Length == 0) return null;
        if (folded.StartsWith("vi", StringComparison.Ordinal) || folded is "tieng viet") return Language.Vietnamese;
        if (folded.StartsWith("en", StringComparison.Ordinal) || folded is "tieng anh") return Language.English;
        return null;
    }
}
