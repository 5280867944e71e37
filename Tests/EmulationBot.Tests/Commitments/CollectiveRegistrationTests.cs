using EmulationBot.Commitments;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;
using EmulationBot.Units;

namespace EmulationBot.Tests.Commitments;

public class CollectiveRegistrationTests
{
    private static readonly TestUser OfficeByConfiguration = TestUser.Make(6, "Vũ Thị Giang");

    [Fact]
    public async Task OfficeStaffByConfiguration_MayRegisterTheirOwnUnit()
    {
        await using var world = await FlowWorld.CreateAsync(settings: new Dictionary<string, string?> { ["Roles:Office:0"] = OfficeByConfiguration.AadObjectId });
        await world.Bot.Get<UnitDirectoryStore>().UpdateAsync(d => d.WithMember(new Member
        {
            Key = OfficeByConfiguration.AadObjectId, Name = OfficeByConfiguration.Name, AadObjectId = OfficeByConfiguration.AadObjectId, UnitId = FlowWorld.OfficeUnit,
        }), CancellationToken.None);

        Assert.Contains("cho tập thể Văn phòng Sở", (await world.SendAsync("đăng ký", OfficeByConfiguration)).AllText());
        foreach (var text in new[] { "tập thể", "Cờ thi đua", "Hoàn thành xuất sắc nhiệm vụ", "bỏ qua" }) await world.SendAsync(text, OfficeByConfiguration);
        Assert.Contains("Đã ghi nhận", (await world.SendAsync("xác nhận", OfficeByConfiguration)).AllText());

        var stored = (await world.Storage.ReadAsync<Commitment>($"commitments/ke-hoach-thi-dua-2025/{FlowWorld.OfficeUnit}/unit-co-thi-dua-ubnd-tinh"))!.Value;
        Assert.Equal(("Văn phòng Sở", OfficeByConfiguration.AadObjectId), (stored.UnitName, stored.Owner.Key));
    }

    [Fact]
    public async Task ColleagueOfThatOffice_WithoutTheRole_Cannot()
    {
        await using var world = await FlowWorld.CreateAsync();

        var replies = (await world.SendAsync("đăng ký tập thể", FlowWorld.Colleague)).AllText();

        Assert.Contains("Chỉ trưởng đơn vị (hoặc Văn phòng Sở) mới đăng ký", replies);
    }

    [Fact]
    public async Task UnitAlreadyRegisteredByAnotherHead_OffersToEditThatRegistration()
    {
        var deputy = TestUser.Make(7, "Đỗ Văn Hải");
        await using var world = await FlowWorld.CreateAsync();
        await world.Bot.Get<UnitDirectoryStore>().UpdateAsync(d => d.WithMember(new Member
        {
            Key = deputy.AadObjectId, Name = deputy.Name, AadObjectId = deputy.AadObjectId, UnitId = FlowWorld.Science, Role = Role.UnitHead,
        }), CancellationToken.None);
        foreach (var text in new[] { "đăng ký tập thể", "Tập thể lao động xuất sắc", "Chỉ tiêu của phòng", "bỏ qua", "xác nhận" }) await world.SendAsync(text, FlowWorld.Head);
        var number = (await world.UserStateAsync(FlowWorld.Head)).Commitments.Single().Number;

        await world.SendAsync("đăng ký tập thể", deputy);
        var offer = (await world.SendAsync("ttldxs", deputy)).AllText();

        Assert.Contains($"(số {number}", offer);
        Assert.Contains("Chỉ tiêu hiện tại:\n1. Chỉ tiêu của phòng", (await world.SendAsync("có", deputy)).AllText());
    }
}
