using System.Text.Json.Nodes;
using EmulationBot.Conversation;

namespace EmulationBot.Reminders.Views;

/// <summary>
/// What reminder buttons carry: the plan, the occurrence and (for "nhắc ngay") the unit — never who pressed, which
/// the handlers take from the activity.
/// </summary>
public sealed record ReminderActionData(string PlanId, string OccurrenceKey, string? UnitId)
{
    public static JsonObject Of(string planId, string occurrenceKey, string? unitId = null)
    {
        var data = new JsonObject { ["planId"] = planId, ["occurrence"] = occurrenceKey };
        if (unitId is not null) data["unitId"] = unitId;
        return data;
    }

    public static ReminderActionData? From(CardData? data) =>
        data?.GetString("planId") is { Length: > 0 } plan && data.GetString("occurrence") is { Length: > 0 } occurrence
            ? new ReminderActionData(plan, occurrence, data.GetString("unitId"))
            : null;
}
