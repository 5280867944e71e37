using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;
using EmulationBot.Tests.Plans.Support;

namespace EmulationBot.Tests.Plans.Parsing;

public class RealPlanParsingTests
{
    // Every date in the two plans that belongs to a document they cite (Kết luận 52-KL/TW is 30/5/2019, not 30/5/2022).
    private static readonly string[] DakNongCitations =
    [
        "2022-08-11", "2021-08-19", "2014-04-07", "2014-11-07", "2021-11-01", "2021-05-18", "2012-11-01", "2013-08-02", "2019-12-11",
        "2008-08-06", "2019-05-30", "2020-01-21", "2022-05-11", "2021-01-25", "2021-02-04", "2005-03-04", "2020-12-10",
    ];

    private static readonly string[] QuangBinhCitations = ["2022-05-13", "2016-05-15"];

    [RealPlanFact(RealPlans.QuangBinh)]
    public void QuangBinh_Obligations_AreExactlyTheFiveDatedTasks()
    {
        var plan = Parse(RealPlans.QuangBinh);
        Assert.Equal(5, plan.Obligations.Count);
        AssertObligation(plan.Obligations[0], "III.1", "2022-05-30", DatePrecision.Day, ["Văn phòng Sở"], "Theo dõi, đôn đốc các phòng, đơn vị trực thuộc Sở");
        AssertObligation(plan.Obligations[1], "III.1", "2022-10", DatePrecision.Month, ["Văn phòng Sở"], "Tham mưu kiểm tra tình hình");
        AssertObligation(plan.Obligations[2], "III.1", "2022-11", DatePrecision.Month, ["Văn phòng Sở"], "Hướng dẫn các đơn vị trực thuộc Sở xây dựng báo cáo");
        AssertObligation(plan.Obligations[3], "III.2", "2022-05-30", DatePrecision.Day, ["Các đơn vị trực thuộc Sở"], "Xây dựng kế hoạch cụ thể");
        Assert.EndsWith("gửi Kế hoạch của đơn vị về Văn phòng Sở", plan.Obligations[3].What);
        AssertObligation(plan.Obligations[4], "III.2", "2022", DatePrecision.Year, ["Các đơn vị trực thuộc Sở"], "Xây dựng ít nhất 01 điển hình");
        Assert.All(plan.Obligations, o => Assert.Null(o.Recurrence));
    }

    [RealPlanFact(RealPlans.QuangBinh)]
    public void QuangBinh_Identity_IsReadFromHeaderAndPreamble()
    {
        var plan = Parse(RealPlans.QuangBinh);
        Assert.Equal("/KH-SKHCN", plan.Identity.Number);
        Assert.Equal("Sở Khoa học và Công nghệ", plan.Identity.Issuer);
        Assert.Equal("Quảng Bình", plan.Identity.Province);
        Assert.Equal(PlanDate.InMonth(2022, 5), plan.Identity.Issued);
        Assert.StartsWith("Phát động phong trào thi đua “Học tập và làm theo", plan.Title);
        Assert.Contains("nêu gương", plan.Theme);
        Assert.Null(plan.Period);
        Assert.Equal("quang-binh-kh-skhcn-2022-phat-dong-phong-trao", plan.Id);
    }

    [RealPlanFact(RealPlans.DakNong)]
    public void DakNong_NoDatedObligation_PeriodEndsOn31October2023()
    {
        var plan = Parse(RealPlans.DakNong);
        Assert.Empty(plan.Obligations);
        Assert.NotNull(plan.Period);
        Assert.Null(plan.Period.From);
        Assert.Equal(PlanDate.OnDay(2023, 10, 31), plan.Period.To);
        Assert.Equal("II.1", plan.Period.SectionId);
        Assert.Contains("ngày phát động", plan.Period.StartsAt);
    }

    [RealPlanFact(RealPlans.DakNong)]
    public void DakNong_Identity_ThemeAndUnits_AreRead()
    {
        var plan = Parse(RealPlans.DakNong);
        Assert.Equal("/KH-SKHCN", plan.Identity.Number);
        Assert.Equal("Đắk Nông", plan.Identity.Province);
        Assert.Equal(PlanDate.InMonth(2022, 10), plan.Identity.Issued);
        Assert.StartsWith("Công chức, viên chức và người lao động ngành khoa học và công nghệ", plan.Theme);
        Assert.Contains("Văn phòng Sở", plan.ResponsibleUnits);
        Assert.Contains("Trưởng các phòng chuyên môn, đơn vị trực thuộc Sở", plan.ResponsibleUnits);
        Assert.Equal(["III.1", "III.1", "III.2"], plan.RewardRules.Select(r => r.SectionId));
    }

    [RealPlanFact(RealPlans.DakNong)]
    public void DakNong_CitedDocumentDates_AreRecognisedAndNeverObligations() =>
        AssertCitationsAreNotObligations(RealPlans.DakNong, DakNongCitations);

    [RealPlanFact(RealPlans.QuangBinh)]
    public void QuangBinh_CitedDocumentDates_AreRecognisedAndNeverObligations() =>
        AssertCitationsAreNotObligations(RealPlans.QuangBinh, QuangBinhCitations);

    [RealPlanFact(RealPlans.QuangBinh)]
    public void QuangBinh_Anniversary_IsNotAnObligation()
    {
        var plan = Parse(RealPlans.QuangBinh);
        var mentions = plan.AllSections().SelectMany(s => s.Passages).SelectMany(p => VietnameseDateReader.FindAll(p.Text)).ToList();
        Assert.Contains(mentions, m => m.Role == DateRole.Anniversary && m.Value == PlanDate.OnDay(1957, 6, 16));
        Assert.DoesNotContain(plan.Obligations, o => o.Due is { Year: 1957 or 2016 } || o.Due == PlanDate.OnDay(2022, 6, 16));
    }

    private static void AssertCitationsAreNotObligations(string name, string[] citations)
    {
        var plan = Parse(name);
        var cited = plan.AllSections().SelectMany(s => s.Passages)
            .SelectMany(p => VietnameseDateReader.FindAll(p.Text))
            .Where(m => m.Role == DateRole.CitedDocument)
            .Select(m => m.Value.ToIso())
            .ToHashSet();
        Assert.All(citations, date => Assert.Contains(date, cited));
        Assert.DoesNotContain(plan.Obligations, o => o.Due is { } due && citations.Contains(due.ToIso()));
    }

    private static void AssertObligation(Obligation o, string section, string due, DatePrecision precision, string[] who, string whatStart)
    {
        Assert.Equal(section, o.SectionId);
        Assert.Equal(due, o.Due?.ToIso());
        Assert.Equal(precision, o.Due?.Precision);
        Assert.Equal(who, o.Who);
        Assert.StartsWith(whatStart, o.What);
        Assert.Contains(o.Due is { } d ? d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "", o.Source);
    }

    private static Plan Parse(string name) => PlanCorpus.Parse(name, RealPlans.Bytes(name));
}
