using EmulationBot.Deadlines;
using EmulationBot.Units;

namespace EmulationBot.Tests.Deadlines;

public class ObligationAssigneesTests
{
    private static readonly Unit[] Units =
    [
        new("van-phong-so", "Văn phòng Sở") { IsOffice = true },
        new("phong-qlkh", "Phòng Quản lý khoa học") { Aliases = ["qlkh"] },
        new("phong-khtc", "Phòng Kế hoạch - Tài chính"),
        new("thanh-tra", "Thanh tra Sở"),
        new("trung-tam", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"),
    ];

    private static string[] Resolve(params string[] who)
    {
        var audience = ObligationAssignees.Resolve(who, Units);
        return audience.AllUnits ? ["*"] : [.. audience.UnitIds.Order(StringComparer.Ordinal)];
    }

    [Theory]
    [InlineData("các phòng, đơn vị trực thuộc Sở")]
    [InlineData("Các đơn vị trực thuộc Sở")]
    [InlineData("cac phong, don vi truc thuoc so")]
    [InlineData("Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc")]
    [InlineData("Các đơn vị")]
    [InlineData("toàn thể công chức, viên chức")]
    public void EveryUnit(string who) => Assert.Equal(["*"], Resolve(who));

    [Theory]
    [InlineData("Văn phòng Sở")]
    [InlineData("Văn phòng Sở (Thường trực Hội đồng Thi đua, khen thưởng)")]
    [InlineData("Thường trực Hội đồng Thi đua - Khen thưởng Sở")]
    [InlineData("Sở Khoa học và Công nghệ")]
    [InlineData("Sở KH&CN")]
    public void TheOffice(string who) => Assert.Equal(["van-phong-so"], Resolve(who));

    [Theory]
    [InlineData("Phòng Quản lý khoa học", "phong-qlkh")]
    [InlineData("phong quan ly khoa hoc", "phong-qlkh")]
    [InlineData("QLKH", "phong-qlkh")]
    [InlineData("Phòng Kế hoạch – Tài chính", "phong-khtc")]
    [InlineData("Trung tâm Ứng dụng tiến bộ KH&CN", "trung-tam")]
    public void ANamedUnit(string who, string id) => Assert.Equal([id], Resolve(who));

    [Fact]
    public void DivisionsOnly_AndPublicServiceUnitsOnly()
    {
        Assert.Equal(["phong-khtc", "phong-qlkh", "thanh-tra"], Resolve("Các phòng chuyên môn"));
        Assert.Equal(["trung-tam"], Resolve("các đơn vị sự nghiệp"));
    }

    [Fact]
    public void SeveralNames_AreUnited() => Assert.Equal(["phong-qlkh", "van-phong-so"], Resolve("Văn phòng Sở", "Phòng Quản lý khoa học"));

    [Theory]
    [InlineData("UBND tỉnh")]
    [InlineData("Sở Nội vụ")]
    [InlineData("Ban Thi đua - Khen thưởng tỉnh")]
    public void BodiesOutsideTheDepartment_Nobody(string who) => Assert.Empty(Resolve(who));

    [Fact]
    public void NoOneNamed_FallsToTheOffice() => Assert.Equal(["van-phong-so"], Resolve());

    [Fact]
    public void Includes_AUserWithoutAUnit_OnlyForEveryUnit()
    {
        Assert.True(ObligationAssignees.Resolve(["các phòng, đơn vị"], Units).Includes(null));
        Assert.False(ObligationAssignees.Resolve(["Văn phòng Sở"], Units).Includes(null));
        Assert.True(ObligationAssignees.Resolve(["các phòng, đơn vị"], []).Includes(null));
    }

    [Fact]
    public void RealPlanWording_QuangBinh()
    {
        Assert.Equal(["van-phong-so"], Resolve("Văn phòng Sở"));
        Assert.Equal(["*"], Resolve("Các đơn vị trực thuộc Sở"));
    }
}
