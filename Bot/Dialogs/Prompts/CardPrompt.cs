using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Protocol;

namespace EmulationBot.Dialogs.Prompts;

/// <summary>
/// Shows a dialog's own card (a form, a review) and waits for one of its buttons. Typed words can stand for
/// buttons ("xác nhận", "sửa"), so the whole flow also works without clicking.
/// </summary>
public sealed record CardPrompt : Prompt
{
    public required string Template { get; init; }

    /// <summary>The card's data, saved with the prompt so the same card can be shown again.</summary>
    public required JsonObject Data { get; init; }

    /// <summary>Folded phrases that press a button: phrase → the button's <c>action</c> value.</summary>
    public Dictionary<string, string> TypedActions { get; init; } = [];

    public override bool UsesCard => true;

    public override PromptRecognition Recognize(PromptInput input)
    {
        if (input.Card is { } card) return PromptRecognition.Match(card);
        foreach (var (phrase, action) in TypedActions)
        {
            if (input.Utterance.IsExactly(phrase))
            {
                return PromptRecognition.Match(new CardData(JsonSerializer.SerializeToElement(new { action })));
            }
        }
        return PromptRecognition.NoMatch;
    }

    public override Activity Render(PromptRendering rendering)
    {
        var data = (JsonObject)Data.DeepClone();
        data["question"] = rendering.Question(this);
        return rendering.Card(Template, data, CardNumber);
    }

    public override string Describe(object? answer, PromptRendering rendering) =>
        answer is CardData { Action: { } action } ? rendering.Strings.Find(rendering.Language, "dialogs.cardAction." + action) ?? "✓" : "✓";
}
