using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Review;

/// <summary>
/// Fills the review card: the plan's facts, every dated obligation (what, who, by when) with Edit and Remove, and
/// Add / Publish / Discard. Inputs are pre-filled, since Teams clears them when a card is replaced.
/// </summary>
public sealed class PlanReviewCard(CardFactory cards, Strings strings, PlanFormatting format)
{
    /// <summary>More obligations than this would make the card too large for Teams (about 1.3 KB of JSON each, 100 KB at most).</summary>
    public const int MaxShown = 20;

    public System.Text.Json.JsonElement Build(PlanDraft draft, Language language, string? notice = null, bool error = false, string? note = null)
    {
        var plan = draft.Plan;
        var obligations = new JsonArray();
        foreach (var (o, i) in plan.Obligations.Take(MaxShown).Select((o, i) => (o, i)))
        {
            obligations.Add(new JsonObject
            {
                ["id"] = o.Id,
                ["index"] = i + 1,
                ["what"] = o.What,
                ["facts"] = Facts(language, ("plans.review.who", format.Who(o.Who, language)), ("plans.review.due", format.Due(o, language)),
                    ("plans.review.section", o.SectionId is { } s ? SectionCitation.Cite(s, language) : strings.Get(language, "plans.review.addedByOffice"))),
                ["dueInput"] = PlanFormatting.DueInput(o),
                ["whoInput"] = string.Join(PlanFormatting.UnitSeparator, o.Who),
            });
        }
        var hidden = plan.Obligations.Count - MaxShown;
        var data = new JsonObject
        {
            ["draft"] = draft.Id,
            ["version"] = draft.Version,
            ["notice"] = notice,
            ["noticeGood"] = notice is not null && !error,
            ["noticeError"] = notice is not null && error,
            ["note"] = note,
            ["hasNote"] = note is not null,
            ["title"] = plan.Title,
            ["facts"] = PlanFacts(plan, language),
            ["info"] = Info(plan),
            ["obligationsTitle"] = strings.Get(language, "plans.review.obligationsTitle", plan.Obligations.Count),
            ["hasObligations"] = plan.Obligations.Count > 0,
            ["obligations"] = obligations,
            ["hasMore"] = hidden > 0,
            ["more"] = hidden > 0 ? strings.Get(language, "plans.review.tooMany", hidden) : null,
        };
        return cards.Bind("plan-review", language, data);
    }

    public JsonArray PlanFacts(Plan plan, Language language)
    {
        var id = plan.Identity;
        var facts = new List<(string, string?)>
        {
            ("plans.review.number", id.Number),
            ("plans.review.issuer", id.Issuer),
            ("plans.review.province", id.Province),
            ("plans.review.issued", id.Issued is { } issued ? format.Date(issued, language) : null),
            ("plans.review.theme", plan.Theme is { } theme ? PlanFormatting.Shorten(theme, 160) : null),
            ("plans.review.period", format.Period(plan.Period, language)),
        };
        return Facts(language, [.. facts.Select(f => (f.Item1, f.Item2 ?? strings.Get(language, "plans.review.unknown")))]);
    }

    public JsonArray Facts(Language language, params (string Key, string Value)[] facts)
    {
        var array = new JsonArray();
        foreach (var (key, value) in facts) array.Add(new JsonObject { ["title"] = strings.Get(language, key), ["value"] = value });
        return array;
    }

    private static JsonObject Info(Plan plan) => new()
    {
        ["number"] = plan.Identity.Number,
        ["title"] = plan.Title,
        ["issuer"] = plan.Identity.Issuer,
        ["province"] = plan.Identity.Province,
        ["issued"] = plan.Identity.Issued is { } issued ? VietnameseDatePrinter.Format(issued) : null,
        ["theme"] = plan.Theme,
        ["from"] = plan.Period?.From is { } from ? VietnameseDatePrinter.Format(from) : null,
        ["to"] = plan.Period?.To is { } to ? VietnameseDatePrinter.Format(to) : null,
    };
}
