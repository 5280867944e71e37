using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Tests.Questions.Retrieval;

public class PlanAliasesTests
{
    private static readonly PlanAliases Aliases = new([Plan("dn", "Đắk Nông"), Plan("qb", "Quảng Bình")]);

    private static QaPlan Plan(string id, string province) => new() { Id = id, Title = "Kế hoạch", Province = province, Sections = [] };

    [Theory]
    [InlineData("ĐN - tỉnh chính thức ra đời ngày nào?", "dn")] // written with the province's own letter
    [InlineData("đn kỷ niệm bao nhiêu năm", "dn")]
    [InlineData("DN: hạn nộp báo cáo?", "dn")] // heading the question
    [InlineData("DN - ai ký kế hoạch", "dn")]
    [InlineData("QB ai ký KH?", "qb")]
    public void Analyze_ProvinceInitials_NameThePlan(string question, string plan) =>
        Assert.Equal([plan], QuestionAnalyzer.Analyze(question, Aliases).NamedPlans);

    [Theory]
    [InlineData("DN được khuyến khích làm gì")]
    [InlineData("hỗ trợ các DN khởi nghiệp")]
    public void Analyze_InitialsThatAreAnAbbreviation_DoNotNameAPlan(string question) =>
        Assert.Empty(QuestionAnalyzer.Analyze(question, Aliases).NamedPlans);
}
