using System.Text.Json.Nodes;
using EmulationBot.Commitments;
using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Localization;
using EmulationBot.Office.Review;
using EmulationBot.Protocol;

namespace EmulationBot.Office.Progress;

/// <summary>The progress cards: all units of a plan at a glance, and one unit in detail (names, each task's state).</summary>
public sealed class ProgressView(CardFactory cards, Strings strings)
{
    public Activity Overview(PlanProgress progress, Language language, string? notice)
    {
        var units = new JsonArray();
        foreach (var unit in progress.Units)
        {
            units.Add(new JsonObject
            {
                ["id"] = unit.Unit.Id,
                ["name"] = unit.Unit.Name,
                ["color"] = unit.Count(DeadlineStatus.Overdue) > 0 ? "Attention" : unit.Work.All(w => w.Status == DeadlineStatus.Done) ? "Good" : "Default",
                ["registered"] = Registered(unit, language),
                ["work"] = T(language, "office.progress.work", unit.Count(DeadlineStatus.Done), unit.Count(DeadlineStatus.Pending), unit.Count(DeadlineStatus.Overdue)),
            });
        }
        return cards.Message("office-progress", language, new JsonObject
        {
            ["plan"] = Plan(progress),
            ["asOf"] = T(language, "office.progress.asOfAll", VietnamTime.FormatDate(progress.Today)),
            ["notice"] = notice,
            ["units"] = units,
        });
    }

    public Activity Unit(PlanProgress progress, UnitProgress unit, Language language, bool canGoBack, string? notice)
    {
        var registrationLate = unit.Work.Any(w => w.Occurrence.Kind == ObligationKind.Registration && w.Status == DeadlineStatus.Overdue);
        var people = new JsonArray();
        foreach (var person in unit.People)
        {
            var status = person.Registrations.Count == 0
                ? T(language, registrationLate ? "office.progress.notRegisteredLate" : "office.progress.notRegistered")
                : string.Join("; ", person.Registrations.Select(c => $"{c.FindTitle()?.Name(language) ?? c.TitleCode} — {ReviewStatuses.Name(strings, c.Status, language)}"));
            people.Add(new JsonObject { ["name"] = person.Member.Name, ["status"] = status });
        }
        var work = new JsonArray();
        foreach (var item in unit.Work)
        {
            work.Add(new JsonObject
            {
                ["what"] = item.Occurrence.Obligation.What,
                ["status"] = WorkStatus(item, language),
                ["color"] = item.Status switch { DeadlineStatus.Done => "Good", DeadlineStatus.Overdue => "Attention", _ => "Default" },
            });
        }
        return cards.Message("office-progress-unit", language, new JsonObject
        {
            ["plan"] = Plan(progress),
            ["unit"] = new JsonObject { ["id"] = unit.Unit.Id, ["name"] = unit.Unit.Name },
            ["notice"] = notice,
            ["registered"] = Registered(unit, language),
            ["people"] = people,
            ["work"] = work,
            ["canGoBack"] = canGoBack,
        });
    }

    private string Registered(UnitProgress unit, Language language)
    {
        var collective = unit.Collective.Count == 0
            ? T(language, "office.progress.collectiveNone")
            : string.Join(", ", unit.Collective.Select(c => $"{c.FindTitle()?.Name(language) ?? c.TitleCode} ({ReviewStatuses.Name(strings, c.Status, language)})"));
        return T(language, "office.progress.registered", unit.Registered, unit.People.Count, collective);
    }

    private string WorkStatus(WorkProgress item, Language language)
    {
        var due = VietnamTime.FormatDate(item.Occurrence.Due.Last);
        return item.Status switch
        {
            DeadlineStatus.Done => T(language, "office.progress.done", item.Completion?.ByName ?? "—", item.Completion is { } c ? VietnamTime.FormatDate(c.At) : due),
            DeadlineStatus.Overdue => T(language, "office.progress.overdue", -item.DaysLeft, due),
            _ when item.DaysLeft == 0 => T(language, "office.progress.dueToday", due),
            _ => T(language, "office.progress.pending", item.DaysLeft, due),
        };
    }

    private static JsonObject Plan(PlanProgress progress) => new() { ["id"] = progress.Plan.Plan.Id, ["title"] = progress.Plan.Plan.Title };

    private string T(Language language, string key, params object?[] args) => strings.Get(language, key, args);
}
