using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Protocol;

/// <summary>
/// Mutated activities thrown at /api/messages (a seeded, repeatable fuzz run): wrong types, missing fields, deep
/// nesting, huge strings, invalid UTF-8, unknown types, absurd attachment lists. Every request must get a 2xx or
/// 4xx answer — or 501 for an invoke the bot does not implement, which is what the Bot Framework protocol asks for
/// (Teams then knows the feature is absent) — a rejected one must leave storage untouched, and the bot must still
/// answer normally afterwards.
/// </summary>
public class MessagesFuzzTests
{
    private const int Requests = 500;

    [Theory]
    [InlineData(20261121)]
    [InlineData(7)]
    [InlineData(424242)]
    public async Task MutatedActivities_AreAnswered2xxOr4x_RejectedOnesStoreNothing_AndTheBotStaysHealthy(int seed)
    {
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string> { ["Bot:FloodGuard:Burst"] = "100000" });
        var client = factory.CreateClient();
        var storage = (MemoryStorage)factory.Storage;
        var random = new Random(seed);
        var statuses = new Dictionary<int, int>();

        for (var i = 0; i < Requests; i++)
        {
            var body = Mutate(random, i);
            var before = storage.Count;
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            using var response = await client.PostAsync("/api/messages", content);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var unimplementedInvoke = status == 501 && IsInvoke(body);
            Assert.True(status < 500 || unimplementedInvoke, $"Request {i} got {status}: {Encoding.UTF8.GetString(body)[..Math.Min(300, body.Length)]}");
            if (status >= 400) Assert.True(storage.Count == before, $"Request {i} was refused with {status} but stored something.");
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var ok = await factory.PostActivityAsync(TestUser.Make(999, "Sau Kiểm Thử").Message("tro giup"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains(factory.ConnectorMessages(), r => r.Body?.Contains("Tôi có thể giúp gì", StringComparison.Ordinal) == true);
        // Each kind of answer really occurred: the run exercised both the accepted and the refused paths.
        Assert.True(statuses.GetValueOrDefault(200) > 50 && statuses.GetValueOrDefault(400) > 50, string.Join(", ", statuses));
    }

    private static byte[] Mutate(Random random, int i)
    {
        var activity = Base(random, i);
        switch (random.Next(12))
        {
            case 0: activity.Remove(Pick(random, activity)); break;
            case 1: activity[Pick(random, activity)] = WrongValue(random); break;
            case 2: activity["value"] = Nest(random.Next(60, 400)); break;
            case 3: activity["text"] = new string('ạ', random.Next(1_000, 120_000)); break;
            case 4: activity["attachments"] = new JsonArray(Enumerable.Range(0, random.Next(100, 3000)).Select(n => (JsonNode)new JsonObject { ["contentType"] = "x/" + n, ["contentUrl"] = "http://10.0.0.1/" + n }).ToArray()); break;
            case 5: activity["type"] = new[] { "", "MESSAGE", "delete", "invoke", "handoff", "trace", "💥" }[random.Next(7)]; break;
            case 6: activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = 5, ["text"] = new JsonArray() }); break;
            case 7: return Truncated(random, activity);
            case 8: return WithInvalidUtf8(random, activity);
            case 9: activity["channelData"] = Nest(random.Next(10, 50)); break;
            case 10: activity["name"] = "adaptiveCard/action"; activity["type"] = "invoke"; activity["value"] = WrongValue(random); break;
            default: activity["text"] = Garbage(random); break;
        }
        return Encoding.UTF8.GetBytes(activity.ToJsonString());
    }

    private static bool IsInvoke(byte[] body) =>
        JsonNode.Parse(body) is JsonObject { } activity && activity["type"]?.GetValue<string>() == "invoke";

    private static JsonObject Base(Random random, int i)
    {
        var user = $"29:fuzz-{random.Next(40)}";
        return new JsonObject
        {
            ["type"] = new[] { "message", "message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event", "typing" }[random.Next(8)],
            ["id"] = $"fuzz-{i}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = "https://smba.trafficmanager.net/teams/",
            ["from"] = new JsonObject { ["id"] = user, ["name"] = "Fuzz" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Bot" },
            ["conversation"] = new JsonObject { ["id"] = "a:" + user, ["conversationType"] = "personal" },
            ["text"] = new[] { "tro giup", "đăng ký", "huy", "hạn sắp tới?", "x" }[random.Next(5)],
            ["value"] = new JsonObject { ["dialog"] = "register", ["card"] = random.Next(5), ["command"] = "help" },
            ["action"] = "add",
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" }),
        };
    }

    private static string Pick(Random random, JsonObject activity) => activity.Select(p => p.Key).ElementAt(random.Next(activity.Count));

    private static JsonNode? WrongValue(Random random) => random.Next(6) switch
    {
        0 => 42,
        1 => new JsonArray(1, "two", null),
        2 => null,
        3 => true,
        4 => new JsonObject { ["id"] = new JsonObject { ["deeper"] = 1 } },
        _ => new string('x', random.Next(1, 50_000)),
    };

    private static JsonNode Nest(int depth)
    {
        JsonNode node = "bottom";
        for (var d = 0; d < depth; d++) node = new JsonArray(node);
        return node;
    }

    private static string Garbage(Random random) =>
        new(Enumerable.Range(0, random.Next(1, 500)).Select(_ => (char)random.Next(0x20, 0x2FFF)).Where(c => !char.IsSurrogate(c)).ToArray());

    private static byte[] Truncated(Random random, JsonObject activity)
    {
        var bytes = Encoding.UTF8.GetBytes(activity.ToJsonString());
        return bytes[..random.Next(1, bytes.Length - 1)];
    }

    private static byte[] WithInvalidUtf8(Random random, JsonObject activity)
    {
        var bytes = Encoding.UTF8.GetBytes(activity.ToJsonString()).ToList();
        bytes.InsertRange(random.Next(bytes.Count), [0xFF, 0xFE, 0xC3]);
        return [.. bytes];
    }
}
