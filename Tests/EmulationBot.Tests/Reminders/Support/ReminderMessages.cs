using System.Text.Json;
using EmulationBot.Protocol;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Reminders.Support;

/// <summary>Reading reminder messages: to whom, the card's heading and its first line of content.</summary>
internal static class ReminderMessages
{
    public static string To(this Activity activity) => activity.Recipient?.Id ?? activity.Conversation?.Id ?? "";

    public static string Heading(this Activity activity) =>
        activity.Card() is { } card ? card.GetProperty("body")[0].GetProperty("text").GetString() ?? "" : activity.Text ?? "";

    public static string What(this Activity activity) =>
        activity.Card() is { } card ? card.GetProperty("body")[1].GetProperty("text").GetString() ?? "" : "";

    /// <summary>"recipient: heading", sorted, for compact assertions.</summary>
    public static string[] Lines(this IEnumerable<Activity> activities) =>
        activities.Select(a => $"{a.To()}: {a.Heading()}").Order(StringComparer.Ordinal).ToArray();

    public static JsonElement CardOf(this Activity activity) => activity.Card() ?? throw new Xunit.Sdk.XunitException("The message has no card.");
}
