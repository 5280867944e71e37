using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Dialogs;

/// <summary>Turns saved prompts into activities in the user's current language, and answered cards into their read-only copy.</summary>
public sealed class PromptRenderer(Strings strings, CardFactory cards)
{
    public Activity Render(Prompt prompt, string dialogId, Language language, bool retry) =>
        prompt.Render(Rendering(dialogId, language, retry));

    /// <summary>The copy that replaces a card once it was answered: the question and "✓ answer", no buttons left.</summary>
    public Activity Answered(Prompt prompt, object? answer, string dialogId, Language language)
    {
        var rendering = Rendering(dialogId, language, retry: false);
        return cards.Message("prompt-answered", language, new JsonObject
        {
            ["question"] = rendering.T(prompt.TextKey, prompt.TextArgs),
            ["answer"] = prompt.Describe(answer, rendering),
        });
    }

    /// <summary>The copy that replaces a card that can no longer be used.</summary>
    public Activity Expired(Language language) =>
        cards.Message("prompt-answered", language, new JsonObject { ["question"] = strings.Get(language, "dialogs.staleCard"), ["answer"] = "" });

    public PromptRendering Rendering(string dialogId, Language language, bool retry) => new(strings, cards, dialogId, language, retry);
}
