using EmulationBot.Commitments;
using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;
using EmulationBot.Storage;
using EmulationBot.Tests.Reminders.Support;
using EmulationBot.Tests.Support;
using static EmulationBot.Tests.Reminders.Support.ReminderWorld;

namespace EmulationBot.Tests.Reminders;

/// <summary>Reminders and the guided flows: the right dialog, reports and registrations counting as done.</summary>
public class ReminderWorkTests
{
    private static readonly Obligation Report = new() { Id = "", What = "Gửi báo cáo sơ kết phong trào", Who = ["Phòng Quản lý khoa học"], Due = PlanDate.OnDay(2022, 5, 30) };
    private static readonly Obligation Registration = new() { Id = "", What = "Đăng ký thi đua năm 2022", Who = ["Các phòng, đơn vị trực thuộc Sở"], Due = PlanDate.OnDay(2022, 5, 30) };

    private static async Task<ReminderWorld> WorldAsync()
    {
        var world = await CreateAsync();
        await world.PublishAsync(Plan(Report, Registration));
        return world;
    }

    private static EmulationBot.Protocol.Activity CardAbout(List<EmulationBot.Protocol.Activity> sent, TestUser user, string what) =>
        sent.Single(a => a.To() == user.Id && a.What() == what);

    [Fact]
    public async Task Start_OnAReportObligation_OpensTheReportDialogOnThatObligation()
    {
        await using var world = await WorldAsync();
        await world.PassAtAsync("2022-05-23 08:00");

        var pressed = await world.PressAsync(An, CardAbout(world.Sent(), An, Report.What), "Làm ngay");

        Assert.Contains("Tôi đã mở gửi báo cáo ngay bên dưới.", pressed.CardText);
        Assert.Contains("Viết tóm tắt kết quả thực hiện «Gửi báo cáo sơ kết phong trào»", pressed.Replies.AllText());
    }

    [Fact]
    public async Task Start_OnARegistrationObligation_OpensTheRegistration()
    {
        await using var world = await WorldAsync();
        await world.PassAtAsync("2022-05-23 08:00");

        var pressed = await world.PressAsync(Cuong, CardAbout(world.Sent(), Cuong, Registration.What), "Làm ngay");

        Assert.Contains("đăng ký thi đua", pressed.CardText);
        Assert.Contains("Bạn đăng ký", pressed.Replies.AllText());
    }

    [Fact]
    public async Task Done_OnAReportObligation_AsksForTheReport_AndRemindersGoOnUntilItIsSent()
    {
        await using var world = await WorldAsync();
        await world.PassAtAsync("2022-05-23 08:00");

        var pressed = await world.PressAsync(An, CardAbout(world.Sent(), An, Report.What), "Đã xong");

        Assert.Contains("Để hoàn thành việc này, bạn cần gửi báo cáo.", pressed.CardText);
        Assert.Contains("Viết tóm tắt kết quả thực hiện", pressed.Replies.AllText());
        await world.PassAtAsync("2022-05-27 08:00");
        Assert.Contains(world.Sent(), a => a.To() == An.Id && a.What() == Report.What);
    }

    [Fact]
    public async Task ReportSubmittedForTheUnit_StopsItsReminders_ForEveryoneInTheUnit()
    {
        await using var world = await WorldAsync();
        await world.PassAtAsync("2022-05-23 08:00");
        world.Sent();
        await world.Bot.Get<CompletionStore>().MarkDoneAsync(PlanId, Qlkh, new Completion
        {
            Key = "o3", ObligationId = "o3", Source = CompletionSource.Report, By = An.AadObjectId, At = world.Clock.GetUtcNow(), ReportKey = "reports/x",
        }, CancellationToken.None);

        await world.PassAtAsync("2022-05-27 08:00");

        var sent = world.Sent();
        Assert.DoesNotContain(sent, a => a.What() == Report.What);
        Assert.Contains(sent, a => a.To() == An.Id && a.What() == "Xây dựng kế hoạch cụ thể triển khai phong trào");
    }

    [Fact]
    public async Task Registration_OfOnePerson_StopsTheirRemindersOnly()
    {
        await using var world = await WorldAsync();
        var key = SessionStore.UserKey("msteams", An.Id);
        var stored = (await world.Storage.ReadAsync<UserState>(key))!;
        stored.Value.Commitments.Add(new CommitmentRef(PlanId, "TĐ-2022-0001", "commitments/x", CommitmentKind.Individual, "ldtt", world.Clock.GetUtcNow()));
        await world.Storage.WriteAsync(key, stored.Value, stored.ETag);

        await world.PassAtAsync("2022-05-23 08:00");

        var registration = world.Sent().Where(a => a.What() == Registration.What).Select(a => a.To()).Order();
        Assert.Equal([Binh.Id, Cuong.Id, Dung.Id], registration);
    }
}
