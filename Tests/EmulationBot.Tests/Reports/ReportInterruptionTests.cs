using EmulationBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.Tests.Reports;

public class ReportInterruptionTests
{
    private static readonly string[] Answers = ReportDialogTests.HappyPath;

    private static readonly string[] Questions = ["Bạn nộp báo cáo cho việc nào", "Viết tóm tắt kết quả", "Đính kèm tệp báo cáo", "Kiểm tra lại báo cáo"];

    public static TheoryData<int> Steps => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Cancel_AtEachStep_SubmitsNothing(int step)
    {
        await using var world = await StartAtAsync(step);

        var replies = (await world.SendAsync(step % 2 == 0 ? "hủy" : "huy bao cao")).AllText();

        Assert.Contains("Đã hủy nộp báo cáo", replies);
        var state = await world.UserStateAsync();
        Assert.Empty(state.Personal.Dialogs);
        Assert.Empty(state.Reports);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Back_AtEachStep_AsksThePreviousQuestion_ThenCompletes(int step)
    {
        await using var world = await StartAtAsync(step);

        var replies = (await world.SendAsync("quay lại")).AllText();

        Assert.Contains(step switch { 0 => "Đây là bước đầu tiên", 1 => Questions[0], 2 => "Tóm tắt hiện tại", _ => Questions[2] }, replies);
        for (var i = Math.Max(1, step); i < Answers.Length; i++)
        {
            replies = (await world.SendAsync(step == 2 && i == 2 ? "giữ nguyên" : Answers[i])).AllText();
        }
        Assert.Contains("Đã nhận báo cáo", replies);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Help_AtEachStep_ExplainsAndAsksAgain(int step)
    {
        await using var world = await StartAtAsync(step);

        var replies = (await world.SendAsync("tro giup")).AllText();

        Assert.Contains("Bạn đang nộp báo cáo", replies);
        Assert.Contains(Questions[step], replies);
        await CompleteFromAsync(world, step);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task PlanQuestion_AtEachStep_IsAnsweredThenTheQuestionComesBack(int step)
    {
        var answerer = QuestionAnswerers.Answering("so ket", "Theo Mục III.1, báo cáo sơ kết gửi trước ngày 15/6/2025.");
        await using var world = await StartAtAsync(step, s => s.AddSingleton(answerer));

        var replies = (await world.SendAsync("Báo cáo sơ kết phải gửi khi nào?")).AllText();

        Assert.Contains("báo cáo sơ kết gửi trước ngày 15/6/2025", replies);
        Assert.Contains("Tiếp tục nộp báo cáo", replies);
        Assert.Contains(Questions[step], replies);
        await CompleteFromAsync(world, step);
    }

    private static async Task<FlowWorld> StartAtAsync(int step, Action<IServiceCollection>? configure = null)
    {
        var world = await FlowWorld.CreateAsync(configure: configure);
        for (var i = 0; i <= step; i++) await world.SendAsync(Answers[i]);
        return world;
    }

    private static async Task CompleteFromAsync(FlowWorld world, int step)
    {
        var replies = "";
        for (var i = step + 1; i < Answers.Length; i++) replies = (await world.SendAsync(Answers[i])).AllText();
        Assert.Contains("Đã nhận báo cáo", replies);
    }
}
