using System.Net;
using System.Net.Http.Headers;
using EmulationBot.Reminders.Delivery;
using EmulationBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace EmulationBot.Tests.Reminders;

public class PacingHandlerTests
{
    private static readonly DateTimeOffset T0 = new(2022, 5, 23, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("POST", "https://smba.trafficmanager.net/teams/v3/conversations/a%3Achat-1/activities", "a:chat-1")]
    [InlineData("POST", "https://smba.trafficmanager.net/teams/v3/conversations/a%3Achat-1/activities/17", "a:chat-1")]
    [InlineData("PUT", "https://smba.trafficmanager.net/teams/v3/conversations/19%3Ax%40thread.tacv2%3Bmessageid%3D1/activities/1", "19:x@thread.tacv2;messageid=1")]
    [InlineData("POST", "https://smba.trafficmanager.net/teams/v3/conversations", "create")]
    [InlineData("GET", "https://smba.trafficmanager.net/teams/v3/conversations/a%3Achat-1/members/29%3Au", null)]
    public void KeyOf_NamesTheConversationOfAWrite(string method, string url, string? key) =>
        Assert.Equal(key, PacingHandler.KeyOf(new HttpRequestMessage(new HttpMethod(method), url)));

    [Fact]
    public async Task Send_Answered429_HoldsThatConversationForItsRetryAfter()
    {
        var clock = new ManualClock(T0);
        var options = Options.Create(new ReminderDeliveryOptions { SafetyMargin = 0 });
        var pacer = new SendPacer(options, clock);
        var inner = new RecordingHttpHandler
        {
            Responder = (_, _, _) =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
                response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(4));
                return Task.FromResult(response);
            },
        };
        using var client = new HttpClient(new PacingHandler(pacer, options, clock) { InnerHandler = inner });

        var first = await client.PostAsync("https://smba.trafficmanager.net/teams/v3/conversations/a%3Achat-1/activities", new StringContent("{}"));
        var again = client.PostAsync("https://smba.trafficmanager.net/teams/v3/conversations/a%3Achat-1/activities", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.False(again.IsCompleted);
        Assert.Equal(TimeSpan.FromSeconds(4), clock.NextTimerIn);
        clock.Advance(TimeSpan.FromSeconds(4));
        await again;
        Assert.Equal(2, inner.Requests.Count);
    }
}
