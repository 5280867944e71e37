using EmulationBot.Plans.Ingestion;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Deadlines;

/// <summary>Routing with the real plan Q&amp;A on a real-shaped plan: personal phrasings get the list, questions about the plan do not.</summary>
public class DeadlinesWithPlanQnATests
{
    private static async Task<FlowWorld> WithSamplePlanAsync()
    {
        var world = await FlowWorld.CreateAsync(plans: []);
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "Plans", "hatinh-chuyen-doi-so-2025.md");
        var read = world.Bot.Get<PlanIngestor>().Ingest(Path.GetFileName(path), await File.ReadAllBytesAsync(path));
        await world.PublishAsync(read.Plan!);
        world.Clock.SetUtcNow(new DateTimeOffset(2025, 4, 2, 2, 0, 0, TimeSpan.Zero));
        return world;
    }

    [Theory]
    [InlineData("hạn sắp tới?")]
    [InlineData("tôi còn việc gì chưa nộp?")]
    [InlineData("toi con viec gi chua nop")]
    [InlineData("deadline báo cáo tiến độ")]
    [InlineData("hạn của đơn vị tôi là khi nào?")]
    public async Task PersonalPhrasings_GetTheUnitsList(string text)
    {
        await using var world = await WithSamplePlanAsync();

        Assert.Contains("Việc của Phòng Quản lý khoa học", (await world.SendAsync(text)).AllText());
    }

    [Theory]
    [InlineData("hạn đăng ký thi đua của Hà Tĩnh là khi nào?")]
    [InlineData("han nop bao cao tien do la ngay nao")]
    public async Task QuestionsAboutThePlan_AreNotAnsweredWithTheList(string text)
    {
        await using var world = await WithSamplePlanAsync();

        var replies = (await world.SendAsync(text)).AllText();

        Assert.DoesNotContain("Việc của Phòng Quản lý khoa học", replies);
        Assert.DoesNotContain("Bạn nộp báo cáo cho việc nào", replies);
    }
}
