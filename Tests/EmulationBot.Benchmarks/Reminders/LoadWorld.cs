using System.Text.Json;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;
using EmulationBot.Plans.Store;
using EmulationBot.Protocol;
using EmulationBot.Storage;
using EmulationBot.Units;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationBot.Benchmarks.Reminders;

/// <summary>
/// The data of the load run: one unit of N people who all talked to the bot (each a stored personal chat), and a
/// published plan whose one obligation for that unit is due in 7 days — so at the start every one of them is owed
/// exactly one reminder.
/// </summary>
public static class LoadWorld
{
    public const string UnitName = "Phòng Thử tải";
    public static readonly DateTimeOffset Now = VietnamTime.At(new DateOnly(2022, 5, 23), new TimeOnly(8, 0));

    public static string ConversationOf(int i) => $"a:load-{i:D6}";

    public static async Task SeedAsync(IStorage storage, int people, TimeProvider clock)
    {
        var members = new List<Member>(people);
        for (var i = 0; i < people; i++)
        {
            var userId = $"29:load-{i:D6}";
            members.Add(new Member { Key = $"load-{i:D6}", Name = $"Người thử {i}", TeamsUserId = userId, UnitId = "phong-thu-tai" });
            var user = new UserState
            {
                Name = $"Người thử {i}",
                TenantId = "tenant-load",
                PersonalChat = new ConversationReference
                {
                    ChannelId = "msteams",
                    ServiceUrl = "https://smba.trafficmanager.net/teams/",
                    Bot = new ChannelAccount { Id = "28:load-bot", Name = "Trợ lý thi đua" },
                    User = new ChannelAccount { Id = userId },
                    Conversation = new ConversationAccount { Id = ConversationOf(i), ConversationType = "personal", TenantId = "tenant-load" },
                },
            };
            await storage.WriteAsync(SessionStore.UserKey("msteams", userId), JsonSerializer.SerializeToUtf8Bytes(user, StateJson.Default.UserState), ETagRule.Any);
        }
        await storage.WriteAsync(UnitDirectoryStore.Key, new UnitDirectory { Units = [new Unit("phong-thu-tai", UnitName)], Members = members }, ETagRule.Any);
        var plan = new Plan
        {
            Id = "ke-hoach-thu-tai",
            Identity = new PlanIdentity { Number = "1/KH-SKHCN" },
            Title = "Kế hoạch thử tải",
            Obligations = [new Obligation { Id = "", What = "Gửi kết quả tự đánh giá", Who = [UnitName], Due = PlanDate.OnDay(2022, 5, 30) }],
        };
        var catalog = new PlanCatalog(storage, clock, NullLogger<PlanCatalog>.Instance);
        await new PlanPublisher(storage, catalog, [], clock, NullLogger<PlanPublisher>.Instance).PublishAsync(plan, "load", "load", CancellationToken.None);
    }
}
