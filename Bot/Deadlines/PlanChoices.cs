using EmulationBot.Dialogs.Prompts;
using EmulationBot.Plans.Model;
using EmulationBot.Plans.Store;
using EmulationBot.Text;

namespace EmulationBot.Deadlines;

/// <summary>Plans as the options of a choice (the plan the user works on first), and their short names on buttons and cards.</summary>
public static class PlanChoices
{
    private const int ShortLength = 70;

    public static ChoicePrompt Prompt(string textKey, IEnumerable<PublishedPlan> plans, string? currentPlanId) => new()
    {
        TextKey = textKey,
        Choices = plans
            .OrderByDescending(p => p.Plan.Id == currentPlanId)
            .Select(p => new Choice(p.Plan.Id, ShortName(p.Plan)) { Synonyms = Synonyms(p.Plan) })
            .ToArray(),
    };

    /// <summary>"Phát động phong trào thi đua … (Quảng Bình)": the title cut to fit one line of a phone, and the province.</summary>
    public static string ShortName(Plan plan)
    {
        var title = Shorten(plan.Title, ShortLength);
        return plan.Identity.Province is { Length: > 0 } province ? $"{title} ({province})" : title;
    }

    /// <summary>The text cut at a word boundary to at most <paramref name="length"/> characters, with "…" when cut.</summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length) return text;
        var cut = text.LastIndexOf(' ', length - 1);
        return text[..(cut > length / 2 ? cut : length - 1)].TrimEnd(',', ';', ':', '-', ' ') + "…";
    }

    private static string[] Synonyms(Plan plan)
    {
        var names = new List<string> { VietnameseText.Fold(plan.Title) };
        if (plan.Identity.Province is { Length: > 0 } province) names.Add(VietnameseText.Fold(province));
        if (plan.Identity.Number is { Length: > 0 } number) names.Add(VietnameseText.Fold(number));
        return [.. names.Select(n => string.Join(' ', VietnameseText.Syllables(n))).Where(n => n.Length > 0).Distinct()];
    }
}
