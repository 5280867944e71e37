using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Retrieval;
using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Answering;

public class SectionListTests
{
    private const string Plan = """
        KẾ HOẠCH

        Thi đua “Chuyển đổi số” năm 2024

        I. NỘI DUNG

        1. Thực hiện Nghị quyết số 12-NQ/TU ngày 02/8/2023 của Tỉnh ủy về chuyển đổi số trong cơ quan nhà nước.

        2. Thực hiện Nghị quyết số 15-NQ/TU ngày 05/9/2023 của Tỉnh ủy về phát triển doanh nghiệp khởi nghiệp.

        3. Mỗi phòng có ít nhất 01 sáng kiến được công nhận.

        II. TỔ CHỨC THỰC HIỆN

        1. Văn phòng Sở theo dõi, đôn đốc các phòng thực hiện kế hoạch, tổng hợp kết quả trước ngày 30/11/2024.

        2. Trưởng các phòng quán triệt kế hoạch đến toàn thể công chức, viên chức.
        """;

    private static readonly QaCorpus Corpus = new([TestPlans.Plan(Plan)]);

    [Fact]
    public void Answer_ListQuestionNamingTheSection_ListsItsItems()
    {
        var answer = PlanAnswerer.Answer(Corpus, "TỔ CHỨC THỰC HIỆN GỒM NHỮNG GÌ?");
        Assert.Contains("Văn phòng Sở theo dõi", answer.Quote);
        Assert.Contains("Trưởng các phòng quán triệt", answer.Quote);
    }

    [Fact]
    public void Answer_ItemsInSeveralPassages_AllAreQuotedWithTheirSections()
    {
        var answer = PlanAnswerer.Answer(Corpus, "các nghị quyết của Tỉnh ủy được nhắc đến?");
        Assert.Contains("12-NQ/TU", answer.Quote);
        Assert.Contains("15-NQ/TU", answer.Quote);
        Assert.Contains("(Mục I.", answer.Quote);
    }

    [Fact]
    public void Answer_NotAListQuestion_OnePassageOnly()
    {
        var answer = PlanAnswerer.Answer(Corpus, "Nghị quyết 15-NQ/TU về vấn đề gì?");
        Assert.Contains("khởi nghiệp", answer.Quote);
        Assert.DoesNotContain("12-NQ/TU", answer.Quote);
    }
}
