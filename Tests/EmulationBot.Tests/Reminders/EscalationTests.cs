using EmulationBot.Tests.Reminders.Support;
using EmulationBot.Tests.Support;
using static EmulationBot.Tests.Reminders.Support.ReminderWorld;

namespace EmulationBot.Tests.Reminders;

public class EscalationTests
{
    /// <summary>Through the last chase (07/06) to the escalation (09/06 08:00); returns the messages about o1 (Cường's are about o2).</summary>
    private static async Task<List<EmulationBot.Protocol.Activity>> EscalateAsync(ReminderWorld world)
    {
        await world.PassAtAsync("2022-06-07 08:00");
        world.Sent();
        await world.PassAtAsync("2022-06-09 08:00");
        return world.Sent().Where(a => a.To() != Cuong.Id).ToList();
    }

    [Fact]
    public async Task Escalation_AfterTheLastChase_TellsTheHeadTheirUnitAndTheOfficeEveryUnit()
    {
        await using var world = await CreateAsync();

        var sent = await EscalateAsync(world);

        var head = sent.Single(a => a.To() == Binh.Id);
        var office = sent.Single(a => a.To() == Dung.Id);
        Assert.Equal(2, sent.Count);
        Assert.Contains("Phòng Quản lý khoa học", head.AllText());
        Assert.Contains("2 người: Nguyễn Văn An, Trần Thị Bình", head.AllText());
        Assert.Contains("Đã quá hạn 10 ngày", office.AllText());
        Assert.Equal(["Nhắc ngay"], CardActions.Titles(head.CardOf()));
        await world.PassAtAsync("2022-06-09 12:00");
        await world.PassAtAsync("2022-06-10 08:00");
        Assert.DoesNotContain(world.Sent(), a => a.To() == Dung.Id || a.To() == Binh.Id);
    }

    [Fact]
    public async Task Escalation_WhenTheUnitFinished_IsNotSent()
    {
        await using var world = await CreateAsync();
        await world.PassAtAsync("2022-06-07 08:00");
        var reminder = world.Sent().Single(a => a.To() == An.Id);
        await world.PressAsync(An, reminder, "Đã xong");

        await world.PassAtAsync("2022-06-09 08:00");

        Assert.DoesNotContain(world.Sent(), a => a.To() != Cuong.Id);
    }

    [Fact]
    public async Task RemindNow_ByTheHead_RemindsExactlyThoseStillMissing_Once()
    {
        await using var world = await CreateAsync();
        var card = (await EscalateAsync(world)).Single(a => a.To() == Binh.Id);
        world.Clock.SetUtcNow(At("2022-06-09 10:00"));

        var pressed = await world.PressAsync(Binh, card, "Nhắc ngay");

        Assert.Contains("Đã lên lịch nhắc 2 người của Phòng Quản lý khoa học; tin nhắn đi lúc 10:00 09/06/2022.", pressed.CardText);
        await world.PassAsync();
        Assert.Equal([$"{An.Id}: Quá hạn 10 ngày", $"{Binh.Id}: Quá hạn 10 ngày"], world.Sent().Lines());
        await world.PassAtAsync("2022-06-09 10:30");
        Assert.Empty(world.Sent());
    }

    [Fact]
    public async Task RemindNow_ByAnEmployee_IsRefused()
    {
        await using var world = await CreateAsync();
        var card = (await EscalateAsync(world)).Single(a => a.To() == Binh.Id);

        var pressed = await world.PressAsync(An, card, "Nhắc ngay");
        await world.PassAtAsync("2022-06-09 10:00");

        Assert.Equal("Chỉ trưởng đơn vị đó hoặc Văn phòng Sở mới dùng được nút này.", pressed.Message);
        Assert.Empty(world.Sent());
    }

    [Fact]
    public async Task RemindNow_ByTheHeadOfAnotherUnit_IsRefused_EvenWithTheUnitInTheCardData()
    {
        await using var world = await CreateAsync();
        await world.Bot.Get<EmulationBot.Units.UnitDirectoryStore>().UpdateAsync(
            d => d.WithMember(ReminderWorld.Member(Cuong, Centre, EmulationBot.Units.Role.UnitHead)), CancellationToken.None);
        var card = (await EscalateAsync(world)).Single(a => a.To() == Binh.Id);

        var pressed = await world.PressAsync(Cuong, card, "Nhắc ngay");

        Assert.Equal("Chỉ trưởng đơn vị đó hoặc Văn phòng Sở mới dùng được nút này.", pressed.Message);
    }

    [Fact]
    public async Task RemindNow_ByTheOffice_AfterSomeoneFinished_RemindsOnlyTheOthers()
    {
        await using var world = await CreateAsync(settings: new Dictionary<string, string?> { ["Reminders:Holidays:0"] = "01-01" });
        var card = (await EscalateAsync(world)).Single(a => a.To() == Dung.Id);
        await world.Bot.Get<EmulationBot.Units.UnitDirectoryStore>().UpdateAsync(
            d => d.WithMember(ReminderWorld.Member(Binh, Office, EmulationBot.Units.Role.Employee)), CancellationToken.None);

        world.Clock.SetUtcNow(At("2022-06-09 21:00"));
        var pressed = await world.PressAsync(Dung, card, "Nhắc ngay");

        Assert.Contains("1 người", pressed.CardText);
        Assert.Contains("tin nhắn đi lúc 07:30 10/06/2022", pressed.CardText); // after sending hours: the next morning
        await world.PassAsync();
        Assert.Empty(world.Sent());
        await world.PassAtAsync("2022-06-10 07:30");
        Assert.Equal([$"{An.Id}: Quá hạn 11 ngày"], world.Sent().Lines());
    }

    [Fact]
    public async Task Escalation_AlsoReachesOfficeStaffNamedInRolesOffice()
    {
        await using var world = await CreateAsync(settings: new Dictionary<string, string?> { ["Roles:Office:0"] = Cuong.AadObjectId });
        await world.PassAtAsync("2022-06-07 08:00");
        world.Sent();

        await world.PassAtAsync("2022-06-09 08:00");

        Assert.Contains(world.Sent(), a => a.To() == Cuong.Id && a.Heading() == "Quá hạn sau 3 lần nhắc");
    }

    [Fact]
    public async Task Escalation_NamesThoseTheBotCannotReach_SoTheHeadRemindsThemInPerson()
    {
        await using var world = await CreateAsync();
        await world.Bot.Get<EmulationBot.Units.UnitDirectoryStore>().UpdateAsync(
            d => d.WithMember(new EmulationBot.Units.Member { Key = "phuc@so-khcn.vn", Name = "Đỗ Văn Phúc", UnitId = Qlkh }), CancellationToken.None);

        var head = (await EscalateAsync(world)).Single(a => a.To() == Binh.Id);

        Assert.Contains("3 người: Nguyễn Văn An, Trần Thị Bình, Đỗ Văn Phúc", head.AllText());
        Assert.Contains("Chưa liên lạc được qua Teams (cần nhắc trực tiếp): Đỗ Văn Phúc", head.AllText());
    }
}
