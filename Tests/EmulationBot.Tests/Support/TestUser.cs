using EmulationBot.Protocol;

namespace EmulationBot.Tests.Support;

/// <summary>A Teams user talking to the bot in their personal chat.</summary>
public sealed record TestUser(string Id, string Name, string AadObjectId, string ConversationId)
{
    public const string BotId = "28:test-bot";
    public const string ServiceUrl = "https://smba.trafficmanager.net/teams/";
    public const string TenantId = "00000000-0000-0000-0000-0000000000aa";

    public static TestUser Default { get; } = Make(1, "Nguyễn Văn An");

    public static TestUser Make(int n, string name) =>
        new($"29:user-{n}", name, $"00000000-0000-0000-0000-{n:D12}", $"a:personal-user-{n}");

    public Activity Activity(string type) => new()
    {
        Type = type,
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount { Id = Id, Name = Name, AadObjectId = AadObjectId },
        Recipient = new ChannelAccount { Id = BotId, Name = "Trợ lý thi đua" },
        Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal", TenantId = TenantId },
        Locale = "en-US",
    };

    public Activity Message(string? text)
    {
        var activity = Activity(ActivityTypes.Message);
        activity.Text = text;
        return activity;
    }
}
