using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Reminders.Views;

namespace EmulationBot.Reminders.Broadcasts;

/// <summary>The broadcast card ("broadcast": the message with "Đã nhận", also its preview) and the office's summary card.</summary>
public sealed class BroadcastCards(CardFactory cards, Strings strings)
{
    public JsonElement Card(Broadcast broadcast, Language language, DateTimeOffset? ackedAt = null, bool preview = false)
    {
        var data = new JsonObject
        {
            ["title"] = broadcast.Title ?? "",
            ["text"] = broadcast.Text,
            ["sentLine"] = preview ? "" : strings.Get(language, "reminders.broadcast.sentAt", VietnamTime.FormatDateTime(broadcast.CreatedAt)),
            ["note"] = preview ? strings.Get(language, "reminders.broadcast.previewNote")
                : ackedAt is { } at ? strings.Get(language, "reminders.broadcast.ackedNote", VietnamTime.FormatDateTime(at)) : "",
            ["canAck"] = !preview && ackedAt is null,
            ["action"] = new JsonObject { ["broadcastId"] = broadcast.Id },
        };
        return cards.Bind("broadcast", language, data);
    }

    public Activity Message(Broadcast broadcast, Language language) => ReminderCards.AlertMessage(Card(broadcast, language));

    public Activity Preview(Broadcast broadcast, Language language) => Wrap(Card(broadcast, language, preview: true));

    public JsonElement Summary(BroadcastSummary summary, Language language)
    {
        var units = new JsonArray();
        foreach (var unit in summary.Units)
        {
            units.Add(new JsonObject
            {
                ["line"] = strings.Get(language, "reminders.broadcast.unitLine", unit.Name ?? strings.Get(language, "reminders.broadcast.noUnit"), unit.Sent, unit.Recipients, unit.Acked.Count),
                ["acked"] = unit.Acked.Count == 0 ? "" : strings.Get(language, "reminders.broadcast.ackedBy", Names(unit.Acked, language)),
                ["waiting"] = unit.Waiting.Count == 0 ? "" : strings.Get(language, "reminders.broadcast.notAcked", Names(unit.Waiting, language)),
            });
        }
        var totals = summary.Totals;
        var data = new JsonObject
        {
            ["headline"] = summary.Broadcast.Title is { Length: > 0 } title ? title : Shorten(summary.Broadcast.Text),
            ["audience"] = summary.Broadcast.AudienceName,
            ["totals"] = new JsonObject
            {
                ["recipients"] = Number(totals.Recipients, language),
                ["sent"] = Number(totals.Sent, language),
                ["pending"] = Number(totals.Pending, language),
                ["failed"] = Number(totals.Failed, language),
                ["unreachable"] = Number(totals.Unreachable, language),
                ["acked"] = Number(totals.Acked.Count, language),
            },
            ["units"] = units,
            ["action"] = new JsonObject { ["broadcastId"] = summary.Broadcast.Id },
        };
        return cards.Bind("broadcast-summary", language, data);
    }

    public static Activity Wrap(JsonElement card) => new() { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] };

    /// <summary>At most 20 names, then "and N more", so a big unit does not blow the card's size.</summary>
    private string Names(IReadOnlyList<string> names, Language language) =>
        names.Count <= 20 ? string.Join(", ", names) : strings.Get(language, "reminders.escalation.more", string.Join(", ", names.Take(20)), names.Count - 20);

    private static string Number(int n, Language language) => n.ToString("N0", language.Culture());

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
