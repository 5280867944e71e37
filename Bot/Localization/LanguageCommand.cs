using EmulationBot.Conversation;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Localization;

/// <summary>"English" / "Tiếng Việt": the user's explicit language choice, kept until they change it.</summary>
public sealed class LanguageCommand(Strings strings) : IBotCommand
{
    private static readonly string[] ToEnglish = ["english", "tieng anh", "in english", "speak english", "switch to english"];
    private static readonly string[] ToVietnamese = ["tieng viet", "vietnamese", "in vietnamese", "noi tieng viet"];

    public string Name => "language";

    // Only the whole message switches language: "tiếng Anh là gì" is not a request to switch.
    public double Match(Utterance utterance) => utterance.IsExactly([.. ToEnglish, .. ToVietnamese]) ? 10 : 0;

    public Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken)
    {
        var utterance = new Utterance(turn.Activity.Text);
        var requested = CardData.From(turn.Activity.Value)?.GetString("language") is { } code
            ? LanguageExtensions.Parse(code)
            : utterance.IsExactly(ToEnglish) ? Language.English : Language.Vietnamese;
        var language = requested ?? session.Language;
        session.User.ChosenLanguage = language;
        session.Language = language;
        return turn.SendTextAsync(strings.Get(language, "language.switched"), cancellationToken);
    }
}
