using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;

namespace EmulationBot.Reminders.Views;

/// <summary>The escalation card (template "reminder-escalation"): per unit, who is overdue, with "Nhắc ngay" for that unit.</summary>
public sealed class EscalationCards(CardFactory cards, Strings strings, ReminderOptions options)
{
    public const string Template = "reminder-escalation";

    /// <summary>Names shown per unit before "and N more" (keeps the card well under Teams' size limit).</summary>
    private const int NamesShown = 15;

    public JsonElement Card(EscalationView view, Language language)
    {
        var late = view.Today.DayNumber - view.Occurrence.Due.DayNumber;
        var units = new JsonArray();
        foreach (var unit in view.Units.OrderBy(u => u.UnitName, StringComparer.Create(language.Culture(), ignoreCase: true)))
        {
            units.Add(new JsonObject
            {
                ["name"] = unit.UnitName,
                ["people"] = T(language, "reminders.escalation.people", unit.People.Count, Names(unit.People, language)),
                ["unreachable"] = unit.Unreachable.Count == 0 ? "" : T(language, "reminders.escalation.unreachable", Names(unit.Unreachable, language)),
                ["action"] = ReminderActionData.Of(view.PlanId, view.Occurrence.Key, unit.UnitId),
            });
        }
        var data = new JsonObject
        {
            ["heading"] = view.ForOffice ? T(language, "reminders.escalation.heading", options.OverdueMaxCount) : T(language, "reminders.escalation.headHeading"),
            ["what"] = view.Occurrence.Obligation.What,
            ["plan"] = view.PlanTitle,
            ["dueDate"] = VietnamTime.FormatDate(view.Occurrence.Due),
            ["status"] = late > 0 ? T(language, "reminders.card.daysLate", late) : late == 0 ? T(language, "reminders.card.today") : T(language, "reminders.card.daysLeft", -late),
            ["units"] = units,
            ["note"] = view.Note ?? "",
        };
        return cards.Bind(Template, language, data);
    }

    public Activity Message(EscalationView view, Language language) => ReminderCards.AlertMessage(Card(view, language));

    private string Names(IReadOnlyList<string> people, Language language)
    {
        var list = string.Join(", ", people.Take(NamesShown));
        return people.Count > NamesShown ? T(language, "reminders.escalation.more", list, people.Count - NamesShown) : list;
    }

    private string T(Language language, string key, params object?[] args) => strings.Get(language, key, args);
}
