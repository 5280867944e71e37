using System.Text.Json;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Office.Support;

/// <summary>Reading the review cards: the items listed, and the data a press on one sends.</summary>
public static class Reviewing
{
    /// <summary>The ids of the items on a waiting-list card, with their first line.</summary>
    public static List<(string Id, string Who)> Items(JsonElement card) =>
        card.GetProperty("body").EnumerateArray()
            .Where(e => e.TryGetProperty("selectAction", out var a) && a.GetProperty("verb").GetString() == "office.review.open")
            .Select(e => (e.GetProperty("selectAction").GetProperty("data").GetProperty("item").GetString()!, e.GetProperty("items")[0].GetProperty("text").GetString()!))
            .ToList();

    public static async Task<JsonElement> QueueAsync(FlowWorld world, TestUser reviewer)
    {
        var replies = await world.SendAsync("duyệt", reviewer);
        return replies.Cards().Single();
    }
}
