using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;
using EmulationBot.Tests.Plans.Support;

namespace EmulationBot.Tests.Plans.Parsing;

public class SamplePlanParsingTests
{
    public static TheoryData<string> Samples => [SamplePlans.HaTinh, SamplePlans.NinhThuan, SamplePlans.QuangTriDocx];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Parse_Sample_FindsExactlyTheGoldObligationsInOrder(string name)
    {
        var entry = PlanCorpus.All().Single(e => e.Name == name);
        var plan = PlanCorpus.Parse(entry);
        Assert.Equal(entry.Gold.Length, plan.Obligations.Count);
        for (var i = 0; i < entry.Gold.Length; i++)
        {
            var (gold, found) = (entry.Gold[i], plan.Obligations[i]);
            Assert.True(gold.Matches(found), $"#{i + 1}: expected {gold}, found {found.SectionId} {found.Due} {found.Recurrence} «{found.What}»");
            Assert.True(gold.SameUnits(found), $"#{i + 1}: expected units {string.Join(" | ", gold.Who)}, found {string.Join(" | ", found.Who)}");
            Assert.False(string.IsNullOrWhiteSpace(found.Source));
        }
    }

    [Fact]
    public void Parse_HaTinhMarkdown_ReadsIdentityPeriodAndTheme()
    {
        var plan = PlanCorpus.Parse(SamplePlans.HaTinh, SamplePlans.Bytes(SamplePlans.HaTinh));
        Assert.Equal("125/KH-SKHCN", plan.Identity.Number);
        Assert.Equal("Sở Khoa học và Công nghệ", plan.Identity.Issuer);
        Assert.Equal("Hà Tĩnh", plan.Identity.Province);
        Assert.Equal(PlanDate.OnDay(2025, 3, 14), plan.Identity.Issued);
        Assert.Equal("Đoàn kết, sáng tạo, chuyển đổi số vì sự phát triển của tỉnh nhà", plan.Theme);
        Assert.Equal(PlanDate.OnDay(2025, 3, 15), plan.Period?.From);
        Assert.Equal(PlanDate.OnDay(2025, 11, 30), plan.Period?.To);
        Assert.Equal("ha-tinh-125-kh-skhcn-2025", plan.Id);
        Assert.DoesNotContain(plan.Obligations, o => o.Due is { Year: 1975 or 2011 or 2030 } || o.Due == PlanDate.OnDay(2025, 2, 20));
    }

    [Fact]
    public void Parse_PlainTextWithoutRomanNumerals_NumbersTheTreeFromArabicAndLetters()
    {
        var plan = PlanCorpus.Parse(SamplePlans.NinhThuan, SamplePlans.Bytes(SamplePlans.NinhThuan));
        Assert.Equal(["1", "1.a", "1.b", "2", "2.a", "2.b", "3", "3.a", "3.b", "3.c"], plan.AllSections().Where(s => s.Kind == SectionKind.Body).Select(s => s.Id));
        Assert.Equal("Văn phòng Sở", plan.FindSection("3.a")!.Heading);
        Assert.Equal("88/KH-SKHCN", plan.Identity.Number);
        Assert.Equal("Ninh Thuận", plan.Identity.Province);
        Assert.Equal(PlanDate.OnDay(2024, 6, 3), plan.Identity.Issued);
        Assert.Equal("Thi đua thực hiện cải cách hành chính, nâng cao chỉ số hài lòng của người dân năm 2024", plan.Title);
        Assert.Equal(PlanDate.InMonth(2024, 6), plan.Period?.From);
        Assert.Equal(PlanDate.InMonth(2024, 11), plan.Period?.To);
        Assert.Contains("công khai thủ tục trên cổng dịch vụ công của tỉnh", plan.FindSection("2.b")!.Passages[0].Text);
    }

    [Fact]
    public void Parse_WordDocument_UsesHeadingStylesListNumbersAndHeaderTable()
    {
        var plan = PlanCorpus.Parse(SamplePlans.QuangTriDocx, SamplePlans.QuangTri());
        Assert.Equal(["I", "II", "II.1", "III", "III.1", "III.2"], plan.AllSections().Where(s => s.Kind == SectionKind.Body).Select(s => s.Id));
        Assert.Equal("Văn phòng Sở", plan.FindSection("III.1")!.Heading);
        Assert.Equal(PassageKind.Bullet, plan.FindSection("II.1")!.Passages[0].Kind);
        Assert.Equal("47/KH-SKHCN", plan.Identity.Number);
        Assert.Equal("Sở Khoa học và Công nghệ", plan.Identity.Issuer);
        Assert.Equal("Quảng Trị", plan.Identity.Province);
        Assert.Equal(PlanDate.OnDay(2024, 8, 22), plan.Identity.Issued);
        Assert.Equal("Sáng kiến vì cộng đồng", plan.Theme);
        Assert.Null(plan.Period?.From);
        Assert.Equal("ngày ký", plan.Period?.StartsAt);
        Assert.Equal(PlanDate.OnDay(2024, 12, 31), plan.Period?.To);
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], plan.FindSection("closing")!.Passages.Skip(1).Select(p => p.Text));
    }

    [Fact]
    public void Parse_SameTextTwice_GivesTheSamePlan()
    {
        var first = PlanCorpus.Parse(SamplePlans.HaTinh, SamplePlans.Bytes(SamplePlans.HaTinh));
        var second = PlanCorpus.Parse(SamplePlans.HaTinh, SamplePlans.Bytes(SamplePlans.HaTinh));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first), System.Text.Json.JsonSerializer.Serialize(second));
    }
}
