using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Deadlines;

/// <summary>The personal deadlines card: soonest first, each line with its due day, days left or late, status, and a button to act.</summary>
public sealed class DeadlineCards(CardFactory cards, Strings strings)
{
    public const int MaxItems = 8;
    public const string MarkDoneVerb = "deadline.done";

    public Activity List(IReadOnlyList<DeadlineItem> items, string? unitName, Language language)
    {
        var severalPlans = items.Select(i => i.Plan.Plan.Id).Distinct().Count() > 1;
        var lines = new JsonArray();
        foreach (var item in items.Take(MaxItems)) lines.Add(Line(item, severalPlans, language));
        return cards.Message("deadlines", language, new JsonObject
        {
            ["heading"] = unitName is null ? T(language, "deadlines.card.headingMine") : T(language, "deadlines.card.heading", unitName),
            ["summary"] = T(language, "deadlines.card.summary",
                items.Count(i => i.Status == DeadlineStatus.Overdue), items.Count(i => i.Status == DeadlineStatus.Pending), items.Count(i => i.Status == DeadlineStatus.Done)),
            ["items"] = lines,
            ["more"] = items.Count > MaxItems ? T(language, "deadlines.card.more", items.Count - MaxItems) : "",
        });
    }

    private JsonObject Line(DeadlineItem item, bool showPlan, Language language)
    {
        var occurrence = item.Occurrence;
        var planId = item.Plan.Plan.Id;
        var open = item.Status != DeadlineStatus.Done;
        var (actTitle, actData) = occurrence.Kind switch
        {
            ObligationKind.Registration => ("deadlines.card.register", new JsonObject { ["command"] = "register", ["plan"] = planId }),
            ObligationKind.Task => ("deadlines.card.reportResult", Report(planId, occurrence.Key)),
            _ => ("deadlines.card.report", Report(planId, occurrence.Key)),
        };
        return new JsonObject
        {
            ["what"] = PlanChoices.Shorten(occurrence.Obligation.What, 140),
            ["plan"] = showPlan ? PlanChoices.ShortName(item.Plan.Plan) : "",
            ["when"] = T(language, "deadlines.card.when", VietnamTime.FormatDate(occurrence.Due.Last), Remaining(item, language)),
            ["status"] = T(language, "deadlines.status." + item.Status.ToString().ToLowerInvariant()),
            ["color"] = item.Status switch { DeadlineStatus.Done => "Good", DeadlineStatus.Overdue => "Attention", _ => "Default" },
            // One button per line: a task is marked done, a report or a registration is made.
            ["act"] = open && occurrence.Kind != ObligationKind.Task,
            ["actTitle"] = T(language, actTitle),
            ["actData"] = actData,
            ["canMark"] = open && occurrence.Kind == ObligationKind.Task,
            ["markData"] = new JsonObject { ["plan"] = planId, ["occurrence"] = occurrence.Key },
        };
    }

    private string Remaining(DeadlineItem item, Language language) => item.DaysLeft switch
    {
        > 0 => T(language, "deadlines.card.daysLeft", item.DaysLeft),
        0 => T(language, "deadlines.card.today"),
        _ => T(language, "deadlines.card.daysLate", -item.DaysLeft),
    };

    private static JsonObject Report(string planId, string occurrence) => new() { ["command"] = "report", ["plan"] = planId, ["occurrence"] = occurrence };

    private string T(Language language, string key, params object?[] args) => strings.Get(language, key, args);
}
