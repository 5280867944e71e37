using System.Text;
using System.Text.Json;
using EmulationBot.Protocol;

namespace EmulationBot.IntegrationTests.Support;

/// <summary>Everything a user would read in the bot's replies: text, card strings and button titles.</summary>
public static class ActivityText
{
    public static string AllText(this IEnumerable<Activity> activities)
    {
        var sb = new StringBuilder();
        foreach (var activity in activities)
        {
            sb.Append(activity.Text).Append('\n');
            foreach (var attachment in activity.Attachments ?? []) if (attachment.Content is { } content) Collect(content, sb);
            foreach (var action in activity.SuggestedActions?.Actions ?? []) sb.Append(action.Title).Append('\n');
        }
        return sb.ToString();
    }

    private static void Collect(JsonElement element, StringBuilder sb)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String: sb.Append(element.GetString()).Append('\n'); break;
            case JsonValueKind.Object: foreach (var p in element.EnumerateObject()) Collect(p.Value, sb); break;
            case JsonValueKind.Array: foreach (var item in element.EnumerateArray()) Collect(item, sb); break;
        }
    }
}
