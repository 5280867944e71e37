using EmulationBot.Office.Roster;
using EmulationBot.Roles;
using EmulationBot.Units;
using System.Text;

namespace EmulationBot.Tests.Office.Roster;

public class RosterValidatorTests
{
    private static readonly UnitDirectory Directory = new()
    {
        Units = [new Unit("van-phong-so", "Văn phòng Sở"), new Unit("phong-quan-ly-khoa-hoc", "Phòng Quản lý khoa học")],
        Members =
        [
            new Member { Key = "k-binh", Name = "Trần Thị Bình", Email = "binh@skhcn.gov.vn", UnitId = "van-phong-so" },
            new Member { Key = "k-dung", Name = "Phạm Thu Dung", Email = "dung@skhcn.gov.vn", UnitId = "van-phong-so", Role = Role.Office },
            new Member { Key = "k-hoa", Name = "Đỗ Thị Hoa", Email = "hoa@skhcn.gov.vn", UnitId = "van-phong-so" },
        ],
    };

    private static readonly Person Dung = new("k-dung", "Phạm Thu Dung", Directory.Members[1], Directory.Units[0], Role.Office);

    [Fact]
    public void Check_GoodLines_ArePlannedAsNewUpdatedOrUnchanged()
    {
        var plan = Check(
            "Nguyễn Thu Giang,Giang@SKHCN.gov.vn,quan ly khoa hoc,Lãnh đạo đơn vị",
            "Trần Thị Bình,binh@skhcn.gov.vn,Phòng Quản lý khoa học,",
            "Phạm Thu Dung,dung@skhcn.gov.vn,Văn phòng Sở,Văn phòng Sở");

        Assert.True(plan.CanApply);
        Assert.Equal([RosterChangeKind.New, RosterChangeKind.Updated, RosterChangeKind.Unchanged], plan.Changes.Select(c => c.Kind));
        Assert.Equal(new RosterRow(2, "Nguyễn Thu Giang", "giang@skhcn.gov.vn", "phong-quan-ly-khoa-hoc", Role.UnitHead), plan.Rows[0]);
        Assert.Equal(1, plan.NotInFile);
    }

    [Theory]
    [InlineData(",an@skhcn.gov.vn,Văn phòng Sở,", RosterProblemKind.MissingName, "")]
    [InlineData("Nguyễn Văn An,an.skhcn.gov.vn,Văn phòng Sở,", RosterProblemKind.BadEmail, "an.skhcn.gov.vn")]
    [InlineData("Nguyễn Văn An,an@skhcn.gov.vn,Phòng Không Có,", RosterProblemKind.UnknownUnit, "Phòng Không Có")]
    [InlineData("Nguyễn Văn An,an@skhcn.gov.vn,Văn phòng Sở,Giám đốc kiêm nhân viên", RosterProblemKind.BadRole, "Giám đốc kiêm nhân viên")]
    [InlineData("Nguyễn Văn An,an@skhcn.gov.vn,Văn phòng Sở,phi công", RosterProblemKind.BadRole, "phi công")]
    [InlineData("Phạm Thu Dung,dung@skhcn.gov.vn,Văn phòng Sở,Cán bộ", RosterProblemKind.OwnRole, "Cán bộ")]
    public void Check_OneBadLine_IsReportedWithItsLineAndValue_AndBlocksTheFile(string line, RosterProblemKind kind, string value)
    {
        var plan = Check("Đỗ Thị Hoa,hoa@skhcn.gov.vn,Văn phòng Sở,", line);

        Assert.Equal(new RosterProblem(3, kind, value), Assert.Single(plan.Problems));
        Assert.False(plan.CanApply);
        Assert.Single(plan.Rows);
    }

    [Fact]
    public void Check_SameEmailTwice_NamesBothLines()
    {
        var plan = Check("Đỗ Thị Hoa,hoa@skhcn.gov.vn,Văn phòng Sở,", "Hoa Đỗ,HOA@skhcn.gov.vn,Văn phòng Sở,");

        Assert.Equal(new RosterProblem(3, RosterProblemKind.DuplicateEmail, "hoa@skhcn.gov.vn|2"), Assert.Single(plan.Problems));
    }

    [Fact]
    public void Apply_Plan_KeepsKeysOfKnownPeopleAndAddsNewOnesByEmail()
    {
        var plan = Check("Nguyễn Thu Giang,giang@skhcn.gov.vn,Văn phòng Sở,", "Trần Thị Bình,binh@skhcn.gov.vn,Phòng Quản lý khoa học,Trưởng phòng");

        var after = RosterPlan.Apply(Directory, plan.Rows);

        Assert.Equal(4, after.Members.Count);
        Assert.Equal(("phong-quan-ly-khoa-hoc", Role.UnitHead), (after.FindByKey("k-binh")!.UnitId, after.FindByKey("k-binh")!.Role));
        Assert.True(after.FindByKey("mail:giang@skhcn.gov.vn")!.IsUnlinked);
    }

    private static RosterPlan Check(params string[] lines)
    {
        var csv = "Họ tên,Email,Đơn vị,Vai trò\n" + string.Join('\n', lines);
        var (data, columns, problem) = RosterReader.Read("ds.csv", Encoding.UTF8.GetBytes(csv), 100);
        Assert.Null(problem);
        return RosterValidator.Check(data, columns, Directory, Dung);
    }
}
