using System.Text.Json.Nodes;
using EmulationBot.Protocol;
using EmulationBot.Text;

namespace EmulationBot.Dialogs.Prompts;

/// <summary>
/// Asks to pick one of a few options, shown as a card with one full-width button per option. Typed answers work
/// too: the option's number, its title or a synonym, with or without diacritics, or a phrase containing exactly one.
/// Hidden options are recognised by name but neither shown nor numbered.
/// </summary>
public sealed record ChoicePrompt : Prompt
{
    public required Choice[] Choices { get; init; }

    public override bool UsesCard => true;

    public override PromptRecognition Recognize(PromptInput input)
    {
        if (input.Card is { } card)
        {
            var picked = card.GetString("choice");
            return Choices.FirstOrDefault(c => c.Value == picked) is { } byButton ? Answer(byButton) : PromptRecognition.NoMatch;
        }
        var utterance = input.Utterance;
        if (utterance.IsEmpty) return PromptRecognition.NoMatch;
        var shown = Choices.Where(c => !c.Hidden).ToArray();
        if (int.TryParse(utterance.Folded.Trim('.', ')', ' '), out var number) && number >= 1 && number <= shown.Length)
        {
            return Answer(shown[number - 1]);
        }
        var exact = Choices.Where(c => Names(c, input.Strings).Any(n => utterance.IsExactly(n))).ToArray();
        if (exact.Length == 1) return Answer(exact[0]);
        var contained = Choices
            .Select(c => (Choice: c, Longest: Names(c, input.Strings).Where(utterance.Contains).Select(n => n.Length).DefaultIfEmpty(0).Max()))
            .Where(c => c.Longest > 0)
            .OrderByDescending(c => c.Longest)
            .ToArray();
        // "tap the lao dong tien tien" contains "lao dong tien tien" too: the longer name is the one meant.
        if (contained.Length == 1 || (contained.Length > 1 && contained[0].Longest > contained[1].Longest)) return Answer(contained[0].Choice);
        // A part of a longer title: "quan ly khoa hoc" for "Phòng Quản lý khoa học".
        var typed = " " + string.Join(' ', utterance.Syllables) + " ";
        if (typed.Length < 5) return PromptRecognition.NoMatch;
        var partOf = Choices.Where(c => Names(c, input.Strings).Any(n => (" " + n + " ").Contains(typed, StringComparison.Ordinal))).ToArray();
        return partOf.Length == 1 ? Answer(partOf[0]) : PromptRecognition.NoMatch;
    }

    public override Activity Render(PromptRendering rendering)
    {
        var choices = new JsonArray();
        foreach (var choice in Choices.Where(c => !c.Hidden))
        {
            choices.Add(new JsonObject { ["value"] = choice.Value, ["title"] = choice.DisplayTitle(rendering) });
        }
        return rendering.Card("prompt-choice", new JsonObject { ["question"] = rendering.Question(this), ["choices"] = choices }, CardNumber);
    }

    public override string Describe(object? answer, PromptRendering rendering) =>
        answer is ChoiceAnswer a && Choices.FirstOrDefault(c => c.Value == a.Value) is { } c ? c.DisplayTitle(rendering) : "";

    private static PromptRecognition Answer(Choice choice) => PromptRecognition.Match(new ChoiceAnswer(choice.Value, choice.Title ?? choice.Value));

    /// <summary>Every name of a choice as syllables (folded, punctuation dropped): its title (in both languages when it has a key), value and synonyms.</summary>
    private static IEnumerable<string> Names(Choice choice, Localization.Strings strings)
    {
        if (choice.Title is { } title) yield return Words(title);
        yield return Words(choice.Value);
        foreach (var synonym in choice.Synonyms) yield return Words(synonym);
        if (choice.TitleKey is { } key)
        {
            foreach (var language in Enum.GetValues<Localization.Language>()) yield return Words(strings.Get(language, key));
        }
    }

    /// <summary>"Phòng Kế hoạch - Tài chính" → "phong ke hoach tai chinh", as typed text is compared.</summary>
    private static string Words(string name) => string.Join(' ', VietnameseText.Syllables(VietnameseText.Fold(name)));
}
