using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Dialogs.Prompts;

/// <summary>What a prompt needs to show itself: texts, cards, the dialog it belongs to, and whether this is a retry.</summary>
public sealed class PromptRendering(Strings strings, CardFactory cards, string dialogId, Language language, bool retry)
{
    public Language Language { get; } = language;
    public string DialogId { get; } = dialogId;
    public bool Retry { get; } = retry;
    public Strings Strings { get; } = strings;

    public string T(string key, params object?[] args) => Strings.Get(Language, key, args);

    public string Question(Prompt prompt)
    {
        var question = T(prompt.TextKey, prompt.TextArgs);
        return Retry ? T(prompt.RetryKey ?? "dialogs.retry") + "\n\n" + question : question;
    }

    /// <summary>A card from a template, with the routing data every dialog card carries (<c>${dialog}</c>, <c>${card}</c>).</summary>
    public Activity Card(string template, JsonObject data, int? cardNumber)
    {
        data["dialog"] = DialogId;
        data["card"] = cardNumber;
        return cards.Message(template, Language, data);
    }

    /// <summary>Quick replies to go back, cancel or ask for help, under text questions in a personal chat.</summary>
    public SuggestedActions NavigationActions(params CardAction[] extra) => new()
    {
        Actions = [.. extra, CardAction.ImBack(T("common.back")), CardAction.ImBack(T("common.cancel")), CardAction.ImBack(T("common.help"))],
    };
}
