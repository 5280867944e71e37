using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Help;

/// <summary>"trợ giúp" / "tro giup" / "help": the card that lists what the bot can do, built from every feature's help entry.</summary>
public sealed class HelpCommand(HelpCatalog catalog, CardFactory cards) : IBotCommand
{
    private static readonly string[] Phrases =
        ["tro giup", "giup do", "giup toi", "huong dan", "help", "menu", "lam duoc gi", "what can you do", "how to use", "huong dan su dung"];

    public string Name => "help";

    public double Match(Utterance utterance) =>
        utterance.Original == "?" || utterance.IsExactly("giup", "?") ? 2 : CommandMatch.Best(utterance, Phrases);

    public Task RunAsync(TurnContext turn, UserSession session, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(Card(session.Language), cancellationToken);

    public Activity Card(Language language)
    {
        var data = new JsonObject
        {
            ["topics"] = catalog.Topics(language),
            ["otherLanguage"] = catalog.OtherLanguageButton(language),
        };
        return cards.Message("help", language, data);
    }
}
