using EmulationBot.Tests.Reminders.Support;
using EmulationBot.Tests.Support;
using static EmulationBot.Tests.Reminders.Support.ReminderWorld;

namespace EmulationBot.Tests.Reminders;

public class ReminderActionTests
{
    private static async Task<EmulationBot.Protocol.Activity> FirstReminderAsync(ReminderWorld world, TestUser user, string at = "2022-05-23 08:00")
    {
        await world.PassAtAsync(at);
        return world.Sent().Single(a => a.To() == user.Id);
    }

    [Fact]
    public async Task Done_OnATask_RecordsCompletionUpdatesTheCardAndStopsFurtherReminders()
    {
        await using var world = await CreateAsync();
        var reminder = await FirstReminderAsync(world, An);

        world.Clock.SetUtcNow(At("2022-05-23 09:15"));
        var pressed = await world.PressAsync(An, reminder, "Đã xong");

        Assert.Contains("Đã ghi nhận hoàn thành lúc 09:15 23/05/2022", pressed.CardText);
        Assert.Empty(CardActions.Titles(pressed.Card));
        var update = Assert.Single(pressed.Updated);
        Assert.Equal("card-message-1", update.Id);
        Assert.True(System.Text.Json.JsonElement.DeepEquals(pressed.Card, update.CardOf()));
        foreach (var day in (string[])["2022-05-27", "2022-05-30", "2022-06-01", "2022-06-03", "2022-06-07", "2022-06-09"])
        {
            await world.PassAtAsync(day + " 08:00");
            Assert.DoesNotContain(world.Sent(), a => a.To() == An.Id || a.To() == Binh.Id);
        }
    }

    [Fact]
    public async Task Done_PressedBySomeoneOfAnotherUnit_IsRefusedAndRemindersGoOn()
    {
        await using var world = await CreateAsync();
        var reminder = await FirstReminderAsync(world, An);

        // Cường holds a copy of An's card and adds An's identity to its data: neither counts.
        var pressed = await world.PressAsync(Cuong, reminder, "Đã xong", data =>
        {
            data["userId"] = An.Id;
            data["aadObjectId"] = An.AadObjectId;
            data["unitId"] = Qlkh;
        });

        Assert.Equal("Việc này không thuộc đơn vị của bạn nên tôi không thể ghi nhận từ bạn.", pressed.Message);
        Assert.Empty(pressed.Updated);
        await world.PassAtAsync("2022-05-27 08:00");
        Assert.Equal([$"{An.Id}: Nhắc việc · còn 3 ngày", $"{Binh.Id}: Nhắc việc · còn 3 ngày"], world.Sent().Lines());
    }

    [Fact]
    public async Task Done_ForAnOccurrenceNoLongerInThePlan_IsRefusedPolitely()
    {
        await using var world = await CreateAsync();
        var reminder = await FirstReminderAsync(world, An);

        var pressed = await world.PressAsync(An, reminder, "Đã xong", data => data["occurrence"] = "o99");

        Assert.Equal("Việc này không còn trong kế hoạch đang áp dụng.", pressed.Message);
    }

    [Fact]
    public async Task Snooze_BringsTheReminderBackNextMorning_AndNothingBefore()
    {
        await using var world = await CreateAsync();
        var reminder = await FirstReminderAsync(world, An);

        world.Clock.SetUtcNow(At("2022-05-23 09:00"));
        var pressed = await world.PressAsync(An, reminder, "Nhắc lại sau");

        Assert.Contains("Được, tôi sẽ nhắc lại lúc 08:00 24/05/2022.", pressed.CardText);
        Assert.Empty(CardActions.Titles(pressed.Card));
        await world.PassAtAsync("2022-05-23 15:00");
        await world.PassAtAsync("2022-05-24 07:59");
        Assert.Empty(world.Sent());
        await world.PassAtAsync("2022-05-24 08:00");
        Assert.Equal([$"{An.Id}: Nhắc việc · còn 6 ngày"], world.Sent().Lines());
        await world.PassAtAsync("2022-05-24 12:00");
        Assert.Empty(world.Sent());
    }

    [Fact]
    public async Task Snooze_OnAFriday_ComesBackOnMonday_AsOneMessageWithThatDaysReminder()
    {
        await using var world = await CreateAsync();
        var reminder = await FirstReminderAsync(world, An, "2022-05-27 08:00");

        world.Clock.SetUtcNow(At("2022-05-27 10:00"));
        var pressed = await world.PressAsync(An, reminder, "Nhắc lại sau");

        Assert.Contains("08:00 30/05/2022", pressed.CardText);
        await world.PassAtAsync("2022-05-28 08:00");
        Assert.Empty(world.Sent());
        await world.PassAtAsync("2022-05-30 08:00");
        Assert.Equal([$"{An.Id}: Nhắc việc · hôm nay là hạn cuối", $"{Binh.Id}: Nhắc việc · hôm nay là hạn cuối"], world.Sent().Lines());
    }

    [Fact]
    public async Task Mute_StopsThePlansReminders_AndUnmuteBringsThemBack()
    {
        await using var world = await CreateAsync();
        var reminder = await FirstReminderAsync(world, An);

        var muted = await world.PressAsync(An, reminder, "Tắt nhắc kế hoạch này");

        Assert.Contains("Đã tắt nhắc việc của kế hoạch «Kế hoạch thi đua năm 2022»", muted.CardText);
        Assert.Equal(["Bật lại nhắc"], CardActions.Titles(muted.Card));
        await world.PassAtAsync("2022-05-27 08:00");
        Assert.Equal([$"{Binh.Id}: Nhắc việc · còn 3 ngày"], world.Sent().Lines());

        var mutedMessage = new EmulationBot.Protocol.Activity { Attachments = [EmulationBot.Protocol.Attachment.AdaptiveCard(muted.Card)] };
        var unmuted = await world.PressAsync(An, mutedMessage, "Bật lại nhắc");

        Assert.Contains("Đã bật lại nhắc việc", unmuted.CardText);
        Assert.Contains("Đã xong", CardActions.Titles(unmuted.Card));
        await world.PassAtAsync("2022-05-30 08:00");
        Assert.Equal([$"{An.Id}: Nhắc việc · hôm nay là hạn cuối", $"{Binh.Id}: Nhắc việc · hôm nay là hạn cuối"], world.Sent().Lines());
    }
}
