using EmulationBot.Protocol;
using EmulationBot.Tests.Reminders.Support;
using EmulationBot.Tests.Support;
using static EmulationBot.Tests.Reminders.Support.ReminderWorld;

namespace EmulationBot.Tests.Reminders;

public class BroadcastTests
{
    /// <summary>Dung (office) composes and confirms a broadcast; returns the replies to the confirmation.</summary>
    private static async Task<List<Activity>> ComposeAsync(ReminderWorld world, string audience, string title = "Phát động thi đua 2022")
    {
        Assert.Contains("Nội dung thông báo là gì?", (await world.Bot.SendTextAsync("thông báo", Dung)).AllText());
        Assert.Contains("Tiêu đề của thông báo?", (await world.Bot.SendTextAsync("Đề nghị các phòng đăng ký thi đua trước ngày 30/5/2022.", Dung)).AllText());
        Assert.Contains("Gửi tới ai?", (await world.Bot.SendTextAsync(title, Dung)).AllText());
        var preview = await world.Bot.SendTextAsync(audience, Dung);
        Assert.Contains("Bản xem trước", preview.AllText());
        Assert.Contains("Đề nghị các phòng đăng ký thi đua trước ngày 30/5/2022.", preview.AllText());
        return await world.Bot.SendTextAsync("có", Dung);
    }

    [Fact]
    public async Task Broadcast_ToEveryone_IsSentOnce_AcknowledgedAndSummarized()
    {
        await using var world = await CreateAsync();

        var confirmed = await ComposeAsync(world, "tat ca");

        Assert.Contains("Đã bắt đầu gửi thông báo tới 4 người", confirmed.AllText());
        var summary = confirmed.Single(a => a.Card() is not null);
        Assert.Contains("Tổng hợp thông báo", summary.AllText());
        await world.PassAsync();
        var sent = world.Sent();
        Assert.Equal([An.Id, Binh.Id, Cuong.Id, Dung.Id], sent.Select(a => a.To()).Order());
        Assert.All(sent, a => Assert.Equal(["Đã nhận"], CardActions.Titles(a.CardOf())));
        await world.PassAsync();
        Assert.Empty(world.Sent());

        var acked = await world.PressAsync(An, sent.Single(a => a.To() == An.Id), "Đã nhận");
        Assert.Contains("Bạn đã xác nhận đã nhận lúc 09:00 20/05/2022", acked.CardText);
        Assert.Empty(CardActions.Titles(acked.Card));

        var refreshed = await world.PressAsync(Dung, summary, "Làm mới");
        Assert.Contains("Phòng Quản lý khoa học: đã gửi 2/2, đã nhận 1", refreshed.CardText);
        Assert.Contains("Đã nhận: Nguyễn Văn An", refreshed.CardText);
        Assert.Contains("Chưa nhận: Trần Thị Bình", refreshed.CardText);
        Assert.Contains("Trung tâm Thông tin: đã gửi 1/1, đã nhận 0", refreshed.CardText);
    }

    [Fact]
    public async Task Broadcast_ToOneUnit_ReachesOnlyItsMembers()
    {
        await using var world = await CreateAsync();

        var confirmed = await ComposeAsync(world, "Trung tâm Thông tin");
        await world.PassAsync();

        Assert.Contains("Đã bắt đầu gửi thông báo tới 1 người", confirmed.AllText());
        Assert.Equal([Cuong.Id], world.Sent().Select(a => a.To()));
    }

    [Fact]
    public async Task Broadcast_NotConfirmed_SendsNothing()
    {
        await using var world = await CreateAsync();
        await world.Bot.SendTextAsync("thong bao", Dung);
        await world.Bot.SendTextAsync("Họp giao ban lúc 14:00.", Dung);
        await world.Bot.SendTextAsync("bo qua", Dung);
        await world.Bot.SendTextAsync("tat ca", Dung);

        var replies = await world.Bot.SendTextAsync("không", Dung);
        await world.PassAsync();

        Assert.Contains("Đã hủy, thông báo không được gửi.", replies.AllText());
        Assert.Empty(world.Sent());
    }

    [Fact]
    public async Task Broadcast_AskedForByAnEmployee_IsRefused()
    {
        await using var world = await CreateAsync();

        var replies = await world.Bot.SendTextAsync("thông báo", An);

        Assert.Equal("Chỉ Văn phòng Sở mới gửi được thông báo.", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Broadcast_AcknowledgedBySomeoneItWasNotSentTo_IsRefused()
    {
        await using var world = await CreateAsync();
        await ComposeAsync(world, "Trung tâm Thông tin");
        await world.PassAsync();
        var card = world.Sent().Single();

        var pressed = await world.PressAsync(An, card, "Đã nhận");

        Assert.Equal("Không tìm thấy thông báo này.", pressed.Message);
    }

    [Fact]
    public async Task BroadcastSummary_RefreshedByAnEmployee_IsRefused()
    {
        await using var world = await CreateAsync();
        var summary = (await ComposeAsync(world, "tat ca")).Single(a => a.Card() is not null);

        var pressed = await world.PressAsync(An, summary, "Làm mới");

        Assert.Equal("Chỉ Văn phòng Sở mới gửi được thông báo.", pressed.Message);
    }

    [Fact]
    public async Task Broadcast_ConfirmedAfterHours_GoesOutWhenSendingHoursStart()
    {
        await using var world = await CreateAsync();
        world.Clock.SetUtcNow(At("2022-05-20 21:00"));
        await ComposeAsync(world, "tat ca");

        await world.PassAsync();
        Assert.Empty(world.Sent());
        await world.PassAtAsync("2022-05-23 07:30");

        Assert.Equal(4, world.Sent().Count(a => a.AllText().Contains("Phát động thi đua 2022", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task BroadcastStatus_ShowsTheOfficeTheLatestSummary()
    {
        await using var world = await CreateAsync();
        await ComposeAsync(world, "tat ca");
        await world.PassAsync();
        world.Sent();

        var replies = await world.Bot.SendTextAsync("thông báo đã gửi", Dung);

        Assert.Contains("Phát động thi đua 2022", replies.AllText());
        Assert.Contains("Văn phòng Sở: đã gửi 1/1, đã nhận 0", replies.AllText());
    }

    [Fact]
    public async Task Broadcast_BySomeoneNamedInRolesOffice_IsAllowed_ThoughTheDirectorySaysEmployee()
    {
        await using var world = await CreateAsync(settings: new Dictionary<string, string?> { ["Roles:Office:0"] = Cuong.AadObjectId });

        var replies = await world.Bot.SendTextAsync("thông báo", Cuong);

        Assert.Contains("Nội dung thông báo là gì?", replies.AllText());
    }
}
