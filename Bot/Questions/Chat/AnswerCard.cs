using System.Text.Json.Nodes;
using EmulationBot.Questions.Answering;

namespace EmulationBot.Questions.Chat;

/// <summary>The data of the <c>qa-answer</c> card template (see Cards/Samples/qa-answer.data.json).</summary>
public static class AnswerCard
{
    public static JsonObject Data(AnswerView view)
    {
        var buttons = new JsonArray();
        foreach (var b in view.Buttons)
        {
            buttons.Add(new JsonObject
            {
                ["title"] = b.Title,
                ["command"] = b.Command,
                ["plan"] = b.PlanId,
                ["section"] = b.SectionId,
                ["question"] = b.Question,
            });
        }
        return new JsonObject
        {
            ["header"] = view.Header,
            ["lead"] = view.Lead,
            ["quote"] = view.Quote,
            ["source"] = view.Source,
            ["note"] = view.Note,
            ["buttons"] = buttons,
        };
    }
}
