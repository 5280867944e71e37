using EmulationBot.Plans.Dates;

namespace EmulationBot.Tests.Plans.Dates;

public class DateRoleTests
{
    [Theory]
    [InlineData("Tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương")]
    [InlineData("Thực hiện Kế hoạch số 791/KH-UBND ngày 13/5/2022 của Ủy ban nhân dân tỉnh")]
    [InlineData("Nghị quyết số 54/2019/NQ-HĐND ngày 11/12/2019 của HĐND tỉnh")]
    [InlineData("Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị")]
    [InlineData("Quyết định số 1843/QĐ-UBND ngày 10/12/2020 về Phê duyệt Đề án")]
    [InlineData("theo Công văn của Sở Nội vụ ngày 5/3/2023")]
    [InlineData("thuc hien ke hoach so 461/kh-ubnd ngay 11/8/2022")]
    public void FindAll_CitedDocumentDate_IsNotADeadline(string text)
    {
        var mention = Assert.Single(VietnameseDateReader.FindAll(text));
        Assert.Equal(DateRole.CitedDocument, mention.Role);
        Assert.False(mention.IsDeadline);
    }

    [Theory]
    [InlineData("kỷ niệm 20 năm thành lập tỉnh Đắk Nông (01/01/2004 - 01/01/2024)")]
    [InlineData("kỷ niệm 65 năm Ngày Bác Hồ về thăm Quảng Bình (16/6/1957- 16/6/2022)")]
    [InlineData("(01/01//2004 - 01/01/2024)")]
    [InlineData("chào mừng 80 năm Cách mạng Tháng Tám (1945 - 2025)")]
    public void FindAll_Anniversary_IsNotADeadline(string text)
    {
        var mentions = VietnameseDateReader.FindAll(text);
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(DateRole.Anniversary, m.Role));
        Assert.DoesNotContain(mentions, m => m.IsDeadline);
    }

    [Theory]
    [InlineData("giai đoạn 2021 - 2025", DateRole.YearSpan)]
    [InlineData("Kế hoạch 05 năm (2020 - 2025)", DateRole.YearSpan)]
    [InlineData("đến năm 2025, định hướng đến năm 2030", DateRole.Horizon)]
    public void FindAll_SpansAndHorizons_AreNotDeadlines(string text, DateRole role)
    {
        var mentions = VietnameseDateReader.FindAll(text);
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(role, m.Role));
        Assert.DoesNotContain(mentions, m => m.IsDeadline);
    }

    [Fact]
    public void FindAll_DeadlineAfterACitedDocumentName_StaysADeadline()
    {
        var mention = Assert.Single(VietnameseDateReader.FindAll("gửi Kế hoạch của đơn vị về Văn phòng Sở trước ngày 30/5/2022"));
        Assert.Equal(DateRole.Plain, mention.Role);
        Assert.True(mention.IsDeadline);
    }

    [Fact]
    public void FindAll_CitationThenDeadline_TellsThemApart()
    {
        var mentions = VietnameseDateReader.FindAll(
            "Triển khai Quyết định số 142/QĐ-TTg ngày 21/01/2020, báo cáo kết quả chậm nhất ngày 15/12/2023.");
        Assert.Equal(2, mentions.Count);
        Assert.Equal(DateRole.CitedDocument, mentions[0].Role);
        Assert.True(mentions[1].IsDeadline);
        Assert.Equal("2023-12-15", mentions[1].Value.ToIso());
    }

    [Fact]
    public void FindAll_IssueDateLineWithBlankDay_IsAMonth()
    {
        var mention = Assert.Single(VietnameseDateReader.FindAll("Quảng Bình, ngày    tháng 5 năm 2022"));
        Assert.Equal("2022-05", mention.Value.ToIso());
        Assert.Equal(DatePrecision.Month, mention.Value.Precision);
        Assert.False(mention.IsDeadline);
    }
}
