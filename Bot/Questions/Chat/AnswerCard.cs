using System.Text.Json.Nodes;
using EmulationBot.Questions.Answering;

namespace EmulationBot.Questions.Chat;

/// <summary>The data of the <c>qa-answer</c> card template (see Cards/Samples/qa-answer.data.json).</summary>
public static class AnswerCard
{
    /// <summary>An answer's first button (its section) comes before the note; the other plans' buttons, or the closest sections, after it.</summary>
    public static JsonObject Data(AnswerView view)
    {
        var hasPrimary = view.Quote is not null && view.Buttons.Count > 0;
        var buttons = new JsonArray();
        foreach (var b in view.Buttons.Skip(hasPrimary ? 1 : 0)) buttons.Add(Button(b));
        return new JsonObject
        {
            ["header"] = view.Header,
            ["lead"] = view.Lead,
            ["quote"] = view.Quote,
            ["source"] = view.Source,
            ["primary"] = hasPrimary ? Button(view.Buttons[0]) : null,
            ["also"] = new JsonArray(view.Also.Select(a => (JsonNode)new JsonObject { ["header"] = a.Header, ["quote"] = a.Quote, ["source"] = a.Source }).ToArray()),
            ["note"] = view.Note,
            ["buttons"] = buttons,
        };
    }

    private static JsonObject Button(AnswerButton b) => new()
    {
        ["title"] = b.Title,
        ["command"] = b.Command,
        ["plan"] = b.PlanId,
        ["section"] = b.SectionId,
        ["question"] = b.Question,
    };
}
