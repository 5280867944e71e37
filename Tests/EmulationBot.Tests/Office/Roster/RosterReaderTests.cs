using EmulationBot.Office.Roster;
using EmulationBot.Roles;
using EmulationBot.Tests.Office.Support;
using System.Text;

namespace EmulationBot.Tests.Office.Roster;

public class RosterReaderTests
{
    [Fact]
    public void Read_CsvWithBomAndVietnameseHeaders_FindsColumnsAndQuotedFields()
    {
        var csv = "\uFEFFSTT,Họ và tên,Email,Đơn vị công tác,Vai trò\r\n1,\"Nguyễn Văn An\",an.nv@skhcn.gov.vn,\"Phòng Kế hoạch, Tài chính\",Trưởng phòng\r\n";

        var (lines, columns, problem) = RosterReader.Read("ds.csv", Encoding.UTF8.GetBytes(csv), 100);

        Assert.Null(problem);
        Assert.Equal((1, 2, 3, 4), (columns[RosterColumn.Name], columns[RosterColumn.Email], columns[RosterColumn.Unit], columns[RosterColumn.Role]));
        var (line, fields) = Assert.Single(lines);
        Assert.Equal(2, line);
        Assert.Equal("Phòng Kế hoạch, Tài chính", fields[3]);
    }

    [Fact]
    public void Read_SemicolonCsvWithoutDiacritics_AsExcelSavesInVietnam()
    {
        var csv = "Ho ten;E-mail;Don vi;Vai tro\nTran Thi Binh;binh@skhcn.gov.vn;Van phong So;Can bo\n\n";

        var (lines, columns, problem) = RosterReader.Read("ds.csv", Encoding.UTF8.GetBytes(csv), 100);

        Assert.Null(problem);
        Assert.Single(lines);
        Assert.Equal(3, columns[RosterColumn.Role]);
    }

    [Fact]
    public void Read_XlsxWithTitleRowGapsAndPositionColumn_ReadsTheTable()
    {
        var bytes = XlsxBuilder.Build(
        [
            ["DANH SÁCH CÁN BỘ, CÔNG CHỨC SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
            ["Họ và tên (*)", "Chức vụ", null, "Email (tài khoản Teams)", "Đơn vị"],
            ["Lê Hoàng Cường", "Trưởng phòng", null, "cuong.lh@skhcn.gov.vn", "Phòng Quản lý khoa học"],
        ]);

        var (lines, columns, problem) = RosterReader.Read("ds.xlsx", bytes, 100);

        Assert.Null(problem);
        Assert.Equal((0, 1, 3, 4), (columns[RosterColumn.Name], columns[RosterColumn.Role], columns[RosterColumn.Email], columns[RosterColumn.Unit]));
        var (line, fields) = Assert.Single(lines);
        Assert.Equal((3, "cuong.lh@skhcn.gov.vn", "Trưởng phòng"), (line, fields[3], fields[1]));
    }

    [Fact]
    public void Read_XlsxWithInlineStrings_KeepsVietnameseText()
    {
        var bytes = XlsxBuilder.Build([["Họ tên", "Email", "Đơn vị"], ["Đỗ Thị Hoa", "hoa@skhcn.gov.vn", "Phòng Kế hoạch - Tài chính"]], inlineStrings: true);

        var (lines, _, problem) = RosterReader.Read("roster", bytes, 100);

        Assert.Null(problem);
        Assert.Equal("Đỗ Thị Hoa", lines.Single().Fields[0]);
    }

    [Theory]
    [InlineData("Họ tên,Email,Vai trò\nAn,an@x.vn,Cán bộ", RosterProblemKind.MissingColumn, "Unit")]
    [InlineData("Họ tên,Đơn vị\nAn,Văn phòng", RosterProblemKind.MissingColumn, "Email")]
    [InlineData("Họ tên,Email,Đơn vị\n", RosterProblemKind.Empty, "")]
    [InlineData("", RosterProblemKind.Empty, "")]
    public void Read_FileWithoutWhatIsNeeded_SaysWhat(string csv, RosterProblemKind kind, string value)
    {
        var (_, _, problem) = RosterReader.Read("ds.csv", Encoding.UTF8.GetBytes(csv), 100);

        Assert.Equal(new RosterProblem(0, kind, value), problem);
    }

    [Fact]
    public void Read_NotUtf8OrOldExcelOrTooLong_IsRefusedPolitely()
    {
        byte[] windows1258 = [0x48, 0xE7, 0x20, 0x74, 0xEA, 0x6E, 0x2C, 0x45, 0x6D, 0x61, 0x69, 0x6C];

        Assert.Equal(RosterProblemKind.UnreadableFile, RosterReader.Read("ds.csv", windows1258, 100).Problem?.Kind);
        Assert.Equal(RosterProblemKind.UnsupportedFile, RosterReader.Read("ds.xls", [0xD0, 0xCF, 0x11, 0xE0], 100).Problem?.Kind);
        Assert.Equal(RosterProblemKind.UnreadableFile, RosterReader.Read("ds.xlsx", "PK not a zip"u8.ToArray(), 100).Problem?.Kind);
        var many = "Họ tên,Email,Đơn vị\n" + string.Concat(Enumerable.Range(1, 4).Select(i => $"A{i},a{i}@x.vn,VP\n"));
        Assert.Equal(new RosterProblem(0, RosterProblemKind.TooManyRows, "3"), RosterReader.Read("ds.csv", Encoding.UTF8.GetBytes(many), 3).Problem);
    }
}
