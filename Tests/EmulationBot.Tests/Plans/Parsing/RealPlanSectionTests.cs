using EmulationBot.Localization;
using EmulationBot.Plans.Model;
using EmulationBot.Tests.Plans.Support;

namespace EmulationBot.Tests.Plans.Parsing;

public class RealPlanSectionTests
{
    [RealPlanFact(RealPlans.QuangBinh)]
    public void QuangBinh_Tree_FollowsTheNumberingNotTheMarkdownLevels()
    {
        var plan = PlanCorpus.Parse(RealPlans.QuangBinh, RealPlans.Bytes(RealPlans.QuangBinh));
        var ids = plan.AllSections().Select(s => s.Id).ToList();
        Assert.Equal(
            ["preamble", "I", "I.1", "I.2", "I.3", "II", "II.1", "II.2", "II.3", "II.4", "II.5", "III", "III.1", "III.2", "III.3", "closing"],
            ids);
        var responsibilities = plan.FindSection("III.2")!;
        Assert.Equal("Trách nhiệm của các đơn vị trực thuộc Sở", responsibilities.Heading);
        Assert.Equal(2, responsibilities.Level);
        Assert.Equal("Mục III.2", SectionCitation.Cite(responsibilities.Id));
        Assert.Equal("Section III.2", SectionCitation.Cite(responsibilities.Id, Language.English));
    }

    [RealPlanFact(RealPlans.QuangBinh)]
    public void QuangBinh_Passages_KeepTheOriginalWordsAndJoinPageBreaks()
    {
        var plan = PlanCorpus.Parse(RealPlans.QuangBinh, RealPlans.Bytes(RealPlans.QuangBinh));
        var office = plan.FindSection("III.1")!;
        Assert.Equal(3, office.Passages.Count);
        Assert.All(office.Passages, p => Assert.Equal(PassageKind.Bullet, p.Kind));
        Assert.Contains("hoàn thành trước tháng ngày 30/5/2022", office.Passages[0].Text);
        Assert.Equal("III.1#1", office.Passages[0].Id);
        var all = string.Join('\n', plan.AllSections().SelectMany(s => s.Passages).Select(p => p.Text));
        Assert.Contains("lĩnh vực quản lý của mình", all);
        Assert.Contains("xây dựng ý thức học tập, lao động", all);
        Assert.Contains("Sở Nội vụ (để b/c);", plan.FindSection("closing")!.Passages.Select(p => p.Text));
    }

    [RealPlanFact(RealPlans.DakNong)]
    public void DakNong_Tree_HasFourPartsWithPreambleAndClosing()
    {
        var plan = PlanCorpus.Parse(RealPlans.DakNong, RealPlans.Bytes(RealPlans.DakNong));
        Assert.Equal(["preamble", "I", "II", "III", "IV", "closing"], plan.Sections.Select(s => s.Id));
        Assert.Equal("Thời gian phát động", plan.FindSection("II.1")!.Heading);
        Assert.Equal(8, plan.FindSection("II.2")!.Passages.Count);
        Assert.Contains(plan.FindSection("II.2")!.Passages, p => p.Text.Contains("Kế hoạch 05 năm (2020 - 2025) theo Nghị quyết", StringComparison.Ordinal));
        Assert.Contains("Ban Thi đua - Khen thưởng tỉnh;", plan.FindSection("closing")!.Passages.Select(p => p.Text));
        Assert.Contains("Sở Khoa học và Công nghệ xây dựng kế hoạch", plan.FindSection("preamble")!.Passages[0].Text);
    }
}
