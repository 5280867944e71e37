using System.Text;
using EmulationBot.Tests.Plans.Support;

namespace EmulationBot.Tests.Plans.Parsing;

public class TitleParsingTests
{
    private const string Top = "**SỞ KHOA HỌC VÀ CÔNG NGHỆ**\n\nSố: 12/KH-SKHCN\n\nHà Nam, ngày 05 tháng 01 năm 2026\n\n# KẾ HOẠCH\n\n";
    private const string Body = "\n\n## I. TỔ CHỨC THỰC HIỆN\n\n1. Các phòng gửi báo cáo tổng kết về Văn phòng Sở trước ngày 30/11/2026.\n";

    [Theory]
    [InlineData("**Kế hoạch thi đua năm 2026**\n\nSở Khoa học và Công nghệ xây dựng kế hoạch phát động phong trào thi đua như sau:")]
    [InlineData("**Kế hoạch thi đua năm 2026**\n\nVăn phòng Sở hướng dẫn các đơn vị triển khai")]
    [InlineData("KẾ HOẠCH THI ĐUA NĂM 2026\n\nSở Khoa học và Công nghệ xây dựng kế hoạch cụ thể như sau:")]
    public void Title_FollowedByAPreambleThatStartsWithAnyWord_EndsAtTheFormattedLine(string titleAndPreamble)
    {
        var plan = PlanCorpus.Parse("bench.md", Encoding.UTF8.GetBytes(Top + titleAndPreamble + Body));
        Assert.Equal("kế hoạch thi đua năm 2026", plan.Title.ToLowerInvariant());
    }

    [Fact]
    public void Title_OnTwoFormattedLines_IsKeptWhole()
    {
        var plan = PlanCorpus.Parse("bench.md", Encoding.UTF8.GetBytes(Top + "**Phát động phong trào thi đua**\n**“Chuyển đổi số” năm 2026**\n\nThực hiện Kế hoạch số 1/KH-UBND, Sở xây dựng kế hoạch như sau:" + Body));
        Assert.Equal("Phát động phong trào thi đua “Chuyển đổi số” năm 2026", plan.Title);
    }
}
