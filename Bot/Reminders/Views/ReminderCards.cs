using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Delivery;

namespace EmulationBot.Reminders.Views;

/// <summary>The reminder card (template "reminder"): what is due, when (dd/MM/yyyy), days left or late, and the buttons.</summary>
public sealed class ReminderCards(CardFactory cards, Strings strings)
{
    public const string Template = "reminder";

    public JsonElement Card(ReminderView view, Language language)
    {
        var days = view.Occurrence.Due.DayNumber - view.Today.DayNumber;
        var data = new JsonObject
        {
            ["heading"] = days > 0 ? T(language, "reminders.card.before", days) : days == 0 ? T(language, "reminders.card.dueToday") : T(language, "reminders.card.overdue", -days),
            ["headingColor"] = days > 3 ? "Accent" : days >= 0 ? "Warning" : "Attention",
            ["what"] = view.Occurrence.Obligation.What,
            ["plan"] = view.PlanTitle,
            ["dueDate"] = VietnamTime.FormatDate(view.Occurrence.Due),
            ["status"] = days > 0 ? T(language, "reminders.card.daysLeft", days) : days == 0 ? T(language, "reminders.card.today") : T(language, "reminders.card.daysLate", -days),
            ["note"] = view.Note ?? "",
            ["open"] = view.State == ReminderCardState.Open,
            ["muted"] = view.State == ReminderCardState.Muted,
            ["action"] = ReminderActionData.Of(view.PlanId, view.Occurrence.Key),
        };
        return cards.Bind(Template, language, data);
    }

    /// <summary>The reminder as a proactive message; it also shows in the person's Teams activity feed.</summary>
    public Activity Message(ReminderView view, Language language) => AlertMessage(Card(view, language));

    /// <summary>A card message that Teams also puts in the activity feed (<c>channelData.notification.alert</c>).</summary>
    public static Activity AlertMessage(JsonElement card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [Attachment.AdaptiveCard(card)],
        ChannelData = JsonSerializer.SerializeToElement(new AlertChannelData(new AlertNotification(true)), DeliveryJson.Default.AlertChannelData),
    };

    private string T(Language language, string key, params object?[] args) => strings.Get(language, key, args);
}
