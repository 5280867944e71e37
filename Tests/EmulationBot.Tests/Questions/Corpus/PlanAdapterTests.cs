using EmulationBot.Questions.Corpus;
using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Corpus;

public class PlanAdapterTests
{
    private static readonly QaPlan PhuYen = PlanAdapter.From(TestPlans.Parsed().Single(p => p.Identity.Province == "Phú Yên"));

    [Fact]
    public void From_Identity_NamesThePlan()
    {
        Assert.Equal("Sở KHCN Phú Yên", PhuYen.Name);
        Assert.Equal("58/KH-SKHCN", PhuYen.Number);
        Assert.Equal("20/02/2024", PhuYen.Issued);
        Assert.Equal("Chuyển đổi số, đổi mới sáng tạo vì người dân", PhuYen.Theme);
    }

    [Fact]
    public void From_SectionTree_FlattenedDepthFirstWithParents()
    {
        var ids = PhuYen.Sections.Select(s => s.Id).ToList();
        Assert.True(ids.IndexOf("IV") < ids.IndexOf("IV.1") && ids.IndexOf("IV.1") < ids.IndexOf("IV.2"));
        Assert.Equal("IV", PhuYen.FindSection("IV.2")!.ParentId);
        Assert.Equal("Văn phòng Sở", PhuYen.FindSection("IV.1")!.Heading);
        Assert.False(PhuYen.FindSection("IV.1")!.HeadingFromText);
    }

    [Fact]
    public void From_Passages_CarryTheirDatesAndWhatTheyBelongTo()
    {
        var preamble = PhuYen.FindSection(QaSection.PreambleId)!.Passages[0];
        var cited = preamble.Dates.First();
        Assert.Equal(QaDateRole.CitedDocument, cited.Role);
        Assert.EndsWith("05/02/2024", preamble.Text[cited.Start..cited.End]);

        var bullet = PhuYen.FindSection("IV.2")!.Passages[0];
        var deadline = Assert.Single(bullet.Dates);
        Assert.Equal(QaDateRole.Deadline, deadline.Role);
        Assert.EndsWith("10/3/2024", bullet.Text[deadline.Start..deadline.End]);
    }

    [Fact]
    public void From_Obligations_WithTheirDeadlinesAsUsersReadThem()
    {
        var registration = Assert.Single(PhuYen.Obligations, o => o.Source.StartsWith("Gửi bản đăng ký", StringComparison.Ordinal));
        Assert.Equal("10/03/2024", registration.Due);
        Assert.Equal("IV.2", registration.SectionId);
    }

    [Fact]
    public void PlanFacts_IssuerRecipientsSigner_AddedAsPassages()
    {
        var plan = PlanFacts.With(PhuYen);
        var facts = plan.Sections.SelectMany(s => s.Passages).Where(p => p.Fact != QaFact.None).ToDictionary(p => p.Fact, p => p.Text);
        Assert.Contains("Sở Khoa học và Công nghệ tỉnh Phú Yên", facts[QaFact.Issuer]);
        Assert.Contains("UBND tỉnh (để b/c); Ban Thi đua - Khen thưởng tỉnh; Các phòng, đơn vị thuộc Sở", facts[QaFact.Recipients]);
        Assert.Contains("Trần Minh Khoa", facts[QaFact.Signer]);
        Assert.DoesNotContain(plan.FindSection(QaSection.ClosingId)!.Readable, p => p.Text.Contains("Trần Minh Khoa") && p.Searchable);
    }
}
