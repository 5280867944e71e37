using EmulationBot.Conversation;
using EmulationBot.Protocol;
using Microsoft.Extensions.Options;

namespace EmulationBot.Localization;

/// <summary>
/// Picks the language of a reply: the user's explicit choice, else the language of their message, else the
/// language of their last message that told, else the configured default (vi-VN). The activity's locale is
/// only a weak hint: the Playground always sends en-US and many Vietnamese staff run Teams in English.
/// </summary>
public sealed class LanguageResolver(IOptions<LocalizationOptions> options)
{
    public Language Resolve(UserState user, Activity activity)
    {
        if (user.ChosenLanguage is { } chosen) return chosen;
        if (activity.Type == ActivityTypes.Message && LanguageDetector.Detect(activity.Text) is { } detected)
        {
            if (user.LastLanguage != detected) user.LastLanguage = detected;
            return detected;
        }
        return user.LastLanguage ?? options.Value.Default;
    }
}

/// <summary>Section <c>Localization</c>.</summary>
public sealed class LocalizationOptions
{
    /// <summary>"vi-VN" (default) or "en-US".</summary>
    public string DefaultLanguage { get; set; } = "vi-VN";

    public Language Default => LanguageExtensions.Parse(DefaultLanguage) ?? Language.Vietnamese;
}
