using System.Text;
using System.Text.Json;
using EmulationBot.Protocol;

namespace EmulationBot.Tests.Support;

/// <summary>Reading what the bot said: message text plus every string inside its cards and suggested actions.</summary>
public static class Replies
{
    public static string AllText(this IEnumerable<Activity> activities) => string.Join("\n---\n", activities.Select(AllText));

    public static string AllText(this Activity activity)
    {
        var sb = new StringBuilder(activity.Text);
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.Content is { } content) Collect(content, sb);
        }
        foreach (var action in activity.SuggestedActions?.Actions ?? [])
        {
            sb.Append('\n').Append(action.Title);
        }
        return sb.ToString();
    }

    public static JsonElement? Card(this Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content;

    public static IEnumerable<JsonElement> Cards(this IEnumerable<Activity> activities) =>
        activities.Select(a => a.Card()).Where(c => c is not null).Select(c => c!.Value);

    private static void Collect(JsonElement element, StringBuilder sb)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String: sb.Append('\n').Append(element.GetString()); break;
            case JsonValueKind.Object: foreach (var p in element.EnumerateObject()) Collect(p.Value, sb); break;
            case JsonValueKind.Array: foreach (var item in element.EnumerateArray()) Collect(item, sb); break;
        }
    }
}
