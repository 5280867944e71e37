using EmulationBot.Questions.Retrieval;
using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Retrieval;

public class PlanIndexTests
{
    private const string Plan = """
        Số: 7/KH-SKHCN

        Hà Giang, ngày 02 tháng 3 năm 2025

        KẾ HOẠCH

        Thi đua năm 2025

        Sở Khoa học và Công nghệ ban hành kế hoạch như sau:

        I. TỔ CHỨC THỰC HIỆN

        1. Văn phòng Sở

        - Theo dõi, đôn đốc các phòng thực hiện kế hoạch.
        - Tổng hợp báo cáo trước ngày 15/11/2025.

        2. Phòng Quản lý khoa học

        - Thẩm định sáng kiến của các đơn vị; lập danh sách sáng kiến tiêu biểu gửi Hội đồng xét duyệt trong tháng 10/2025.
        """;

    [Fact]
    public void Build_Bullets_AreSegmentsWithTheirSectionHeading()
    {
        var index = PlanIndex.Build(TestPlans.Plan(Plan));
        var segment = index.Segments.Single(s => s.Text.StartsWith("Theo dõi", StringComparison.Ordinal));
        Assert.Equal("I.1", segment.Section.Id);
        Assert.Equal(1.0, index.Credit(segment, "van_phong")); // from the heading "Văn phòng Sở"
        Assert.Equal(1.0, index.Credit(segment, "doi"));
        Assert.Equal(0.0, index.Credit(segment, "tham_dinh"));
    }

    [Fact]
    public void Idf_RarerTermsWeighMore()
    {
        var index = PlanIndex.Build(TestPlans.Plan(Plan));
        Assert.True(index.Idf("tham_dinh") > index.Idf("van_phong"));
        Assert.Null(index.Idf("xem_phim"));
        Assert.True(index.RareIdf >= index.Idf("tham_dinh"));
    }

    [Fact]
    public void Score_SegmentHoldingTheWords_ScoresHighest()
    {
        var index = PlanIndex.Build(TestPlans.Plan(Plan));
        var scores = new double[index.Segments.Count];
        index.Score(QuestionAnalyzer.Analyze("ai thẩm định sáng kiến").Terms, scores);
        var best = index.Segments[Array.IndexOf(scores, scores.Max())];
        Assert.StartsWith("Thẩm định sáng kiến", best.Text);
    }

    [Fact]
    public void Build_TitleProvinceAndIssuer_AreReferenceTerms()
    {
        var index = TestPlans.PhuYen;
        Assert.Contains("yen", index.ReferenceTerms);
        Assert.Contains("chuyen_doi", index.ReferenceTerms);
        Assert.DoesNotContain("van_phong", index.ReferenceTerms);
    }

    [Fact]
    public void Bm25_SaturatesAndNormalisesLength()
    {
        Assert.True(Bm25.Saturate(2) > Bm25.Saturate(1));
        Assert.True(Bm25.Saturate(2) < 2 * Bm25.Saturate(1));
        Assert.True(Bm25.LengthNormalised(1, 5, 10) > Bm25.LengthNormalised(1, 20, 10));
        Assert.True(Bm25.Idf(100, 1) > Bm25.Idf(100, 50));
    }
}
