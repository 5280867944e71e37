using System.Text.Json.Nodes;
using EmulationBot.Localization;
using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions.Chat;

/// <summary>The data of the <c>qa-section</c> card: a section's whole text, its sub-sections' headings in bold (see Cards/Samples/qa-section.data.json).</summary>
public static class SectionCard
{
    public static JsonObject Data(QaPlan plan, QaSection section, string planLabel, Language language)
    {
        var blocks = new JsonArray();
        Add(blocks, plan, section, top: true);
        return new JsonObject
        {
            ["plan"] = planLabel,
            ["title"] = Citation.Of(section, language),
            ["blocks"] = blocks,
        };
    }

    /// <summary>The section's text as plain lines (for logs-free checks and the command line).</summary>
    public static IEnumerable<string> Lines(QaPlan plan, QaSection section)
    {
        var blocks = new JsonArray();
        Add(blocks, plan, section, top: true);
        return blocks.Select(b => b!["text"]!.GetValue<string>());
    }

    private static void Add(JsonArray blocks, QaPlan plan, QaSection section, bool top)
    {
        // A sub-section whose heading is only the start of its text is shown as its numbered text.
        var numberFirst = !top && section.HeadingFromText;
        if (!top && !numberFirst) blocks.Add(Block(Label(section) + section.Heading, bold: true));
        foreach (var passage in section.Readable)
        {
            var text = passage.IsBullet ? "• " + passage.Text : passage.Text;
            blocks.Add(Block(numberFirst ? Label(section) + text : text, bold: false));
            numberFirst = false;
        }
        foreach (var child in plan.Sections.Where(s => s.ParentId == section.Id)) Add(blocks, plan, child, top: false);
    }

    private static string Label(QaSection section) => section.Id.Contains('.', StringComparison.Ordinal) ? section.Id[(section.Id.LastIndexOf('.') + 1)..] + ". " : section.Id + ". ";

    private static JsonObject Block(string text, bool bold) => new() { ["text"] = text, ["weight"] = bold ? "Bolder" : "Default" };
}
