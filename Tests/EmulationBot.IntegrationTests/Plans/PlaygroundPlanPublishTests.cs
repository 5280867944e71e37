using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.IntegrationTests.Support.Cards;
using EmulationBot.IntegrationTests.Support.Flows;
using EmulationBot.IntegrationTests.Support.Playground;

namespace EmulationBot.IntegrationTests.Plans;

/// <summary>
/// Issue 4 end to end through the real Agents Playground: the office sends a plan file in the chat, sees what the
/// bot understood, fixes one date on the review card (Action.Execute, the card updates in place), publishes; then,
/// as an employee of the office, asks for the deadlines and gets the corrected one.
/// </summary>
public sealed class PlaygroundPlanPublishTests(PlanPublishPlaygroundFixture fixture) : PlaygroundConversationTests(fixture), IClassFixture<PlanPublishPlaygroundFixture>
{
    [Fact]
    public async Task Office_SendsAPlanFile_FixesADate_Publishes_ThenTheDeadlinesShowTheFix()
    {
        await using var files = new LoopbackFileServer(await File.ReadAllBytesAsync(PlanPublishPlaygroundFixture.SamplePlan));
        await SendFileAsync("ke-hoach-88-cai-cach-hanh-chinh.txt", files.Url("ke-hoach-88-cai-cach-hanh-chinh.txt"));
        var review = await Client.ExpectCardAsync("Kiểm tra kế hoạch trước khi công bố");
        Assert.Contains("88/KH-SKHCN", review.AllText);
        Assert.Contains("20/06/2024", review.AllText);

        var card = review.Card!.Value;
        var edit = ExecuteData(card, "plans.review.editObligation", "d1");
        edit["due_d1"] = "25/6/2024";
        var edited = await Client.ExecuteAsync(review, "plans.review.editObligation", edit);
        Assert.Equal(200, edited.Status);
        var editedCard = edited.Value!.Value;
        Assert.Contains("Đã sửa việc số 1.", editedCard.ToString());
        Assert.Contains("25/06/2024", editedCard.ToString());

        var published = await Client.ExecuteAsync(review, "plans.review.publish", ExecuteData(editedCard, "plans.review.publish", null));
        Assert.Equal(200, published.Status);
        Assert.Contains("Đã công bố kế hoạch", published.Value!.Value.ToString());

        await Client.SendTextAsync("đổi đơn vị");
        var units = await Client.ExpectCardAsync("Bạn công tác ở phòng/đơn vị nào?");
        await Client.SubmitAsync(units, CardButtons.Data(units, "Văn phòng Sở"));
        await Client.ExpectTextAsync("Đã ghi nhận: bạn thuộc Văn phòng Sở");

        await Client.SendTextAsync("han sap toi");
        var deadlines = await Client.ExpectCardAsync("Việc của Văn phòng Sở");
        Assert.Contains("Rà soát toàn bộ thủ tục hành chính", deadlines.AllText);
        Assert.Contains("25/06/2024", deadlines.AllText);
        Assert.DoesNotContain("20/06/2024", deadlines.AllText);
    }

    /// <summary>What Teams sends for an Action.Execute: its data plus every input's current value.</summary>
    private static JsonObject ExecuteData(JsonElement card, string verb, string? obligation)
    {
        JsonObject? data = null;
        var inputs = new JsonObject();
        Walk(card, node =>
        {
            var type = node.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type == "Action.Execute" && node.TryGetProperty("verb", out var v) && v.GetString() == verb && data is null
                && (obligation is null || (node.TryGetProperty("data", out var d) && d.TryGetProperty("obligation", out var o) && o.GetString() == obligation)))
            {
                data = node.TryGetProperty("data", out var raw) ? JsonNode.Parse(raw.GetRawText())!.AsObject() : [];
            }
            if (type?.StartsWith("Input.", StringComparison.Ordinal) == true && node.TryGetProperty("id", out var id))
            {
                inputs[id.GetString()!] = node.TryGetProperty("value", out var value) ? value.ToString() : "";
            }
        });
        Assert.True(data is not null, $"No {verb} button on the card.");
        foreach (var (key, value) in inputs) data![key] ??= value?.DeepClone();
        return data!;
    }

    private static void Walk(JsonElement node, Action<JsonElement> visit)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            visit(node);
            foreach (var p in node.EnumerateObject()) Walk(p.Value, visit);
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray()) Walk(item, visit);
        }
    }
}
