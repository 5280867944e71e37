using System.Net.Http.Json;
using EmulationBot.Protocol;

namespace EmulationBot.IntegrationTests.Support;

/// <summary>Talks to the bot's /api/messages as a Teams user in a personal chat, with the replies returned in the answer (expectReplies).</summary>
public sealed class BotClient(HttpClient http, string userId = "29:user-outage")
{
    private int _next;

    public async Task<List<Activity>> SendAsync(string text)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"act-{Interlocked.Increment(ref _next)}-{Guid.NewGuid():N}",
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/teams/",
            DeliveryMode = "expectReplies",
            From = new ChannelAccount { Id = userId, Name = "Trần Thị Bình", AadObjectId = "00000000-0000-0000-0000-0000000000b1" },
            Recipient = new ChannelAccount { Id = "28:test-bot", Name = "Trợ lý thi đua" },
            Conversation = new ConversationAccount { Id = "a:personal-outage", ConversationType = "personal", TenantId = "00000000-0000-0000-0000-0000000000aa" },
            Text = text,
        };
        using var response = await http.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Wire.Activity);
        response.EnsureSuccessStatusCode();
        var replies = await response.Content.ReadFromJsonAsync(ProtocolJson.Wire.ExpectedReplies);
        return replies?.Activities ?? [];
    }
}
