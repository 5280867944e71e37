using System.Text.Json.Nodes;
using EmulationBot.Protocol;

namespace EmulationBot.Dialogs.Prompts;

/// <summary>A yes/no question, shown as a card with two buttons; typed "có", "đồng ý", "ok", "không", "yes", "no" work too.</summary>
public sealed record ConfirmPrompt : Prompt
{
    private static readonly string[] Yes = ["co", "dong y", "ok", "oke", "okay", "xac nhan", "vang", "u", "uh", "um", "yes", "y", "dung", "dung roi", "chac chan", "confirm", "gui", "luu"];
    private static readonly string[] No = ["khong", "ko", "k", "no", "n", "thoi", "khong dong y", "chua"];

    /// <summary>Keys of the two button titles; "Có" / "Không" when null.</summary>
    public string? YesKey { get; init; }
    public string? NoKey { get; init; }

    public override bool UsesCard => true;

    public override PromptRecognition Recognize(PromptInput input)
    {
        if (input.Card is { } card)
        {
            return card.GetString("confirm") switch
            {
                "yes" => PromptRecognition.Match(true),
                "no" => PromptRecognition.Match(false),
                _ => PromptRecognition.NoMatch,
            };
        }
        var u = input.Utterance;
        var yesTitle = Text.VietnameseText.Fold(input.Strings.Get(Localization.Language.Vietnamese, YesKey ?? "dialogs.yes"));
        var noTitle = Text.VietnameseText.Fold(input.Strings.Get(Localization.Language.Vietnamese, NoKey ?? "dialogs.no"));
        if (u.IsExactly([.. Yes, yesTitle])) return PromptRecognition.Match(true);
        if (u.IsExactly([.. No, noTitle])) return PromptRecognition.Match(false);
        return PromptRecognition.NoMatch;
    }

    public override Activity Render(PromptRendering rendering) => rendering.Card("prompt-confirm", new JsonObject
    {
        ["question"] = rendering.Question(this),
        ["yes"] = rendering.T(YesKey ?? "dialogs.yes"),
        ["no"] = rendering.T(NoKey ?? "dialogs.no"),
    }, CardNumber);

    public override string Describe(object? answer, PromptRendering rendering) =>
        rendering.T(answer is true ? YesKey ?? "dialogs.yes" : NoKey ?? "dialogs.no");
}
