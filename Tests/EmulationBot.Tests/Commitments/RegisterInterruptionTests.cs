using EmulationBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationBot.Tests.Commitments;

public class RegisterInterruptionTests
{
    private static readonly string[] Answers = ["đăng ký", "Lao động tiên tiến", "Hoàn thành 100% nhiệm vụ", "bỏ qua", "xác nhận"];

    private static readonly string[] Questions = ["Bạn đăng ký danh hiệu nào?", "Nhập các chỉ tiêu", "Bạn có cam kết xây dựng sáng kiến", "Kiểm tra lại bản đăng ký"];

    public static TheoryData<int> Steps => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Cancel_AtEachStep_EndsWithoutSaving(int step)
    {
        await using var world = await StartAtAsync(step);

        Assert.Contains("Đã hủy đăng ký thi đua", (await world.SendAsync(step % 2 == 0 ? "hủy" : "huy")).AllText());

        var state = await world.UserStateAsync();
        Assert.Empty(state.Personal.Dialogs);
        Assert.Empty(state.Commitments);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Back_AtEachStep_AsksThePreviousQuestion_ThenTheFlowStillCompletes(int step)
    {
        await using var world = await StartAtAsync(step);

        var replies = (await world.SendAsync(step % 2 == 0 ? "quay lại" : "quay lai")).AllText();

        Assert.Contains(step switch { 0 => Questions[0], 1 => "Danh hiệu hiện tại: Lao động tiên tiến", 2 => "Chỉ tiêu hiện tại:\n1. Hoàn thành 100% nhiệm vụ", _ => Questions[2] }, replies);
        if (step == 0) Assert.Contains("Đây là bước đầu tiên", replies);
        for (var i = Math.Max(1, step); i < Answers.Length; i++) replies = (await world.SendAsync(Answers[i])).AllText();
        Assert.Contains("Đã ghi nhận đăng ký thi đua", replies);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Help_AtEachStep_ExplainsAndAsksAgain(int step)
    {
        await using var world = await StartAtAsync(step);

        var replies = (await world.SendAsync(step % 2 == 0 ? "trợ giúp" : "tro giup")).AllText();

        Assert.Contains("Bạn đang đăng ký thi đua", replies);
        Assert.Contains(Questions[step], replies);
        await CompleteFromAsync(world, step);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task PlanQuestion_AtEachStep_IsAnsweredThenTheQuestionComesBack(int step)
    {
        var answerer = QuestionAnswerers.Answering("tong ket", "Theo Mục III.2, hạn nộp báo cáo tổng kết là 30/11/2025.");
        await using var world = await StartAtAsync(step, s => s.AddSingleton(answerer));

        var replies = (await world.SendAsync("Hạn nộp báo cáo tổng kết là khi nào?")).AllText();

        Assert.Contains("hạn nộp báo cáo tổng kết là 30/11/2025", replies);
        Assert.Contains("Tiếp tục đăng ký thi đua", replies);
        Assert.Contains(Questions[step], replies);
        await CompleteFromAsync(world, step);
    }

    [Fact]
    public async Task AnotherCommandTyped_AtTheTitleStep_RunsThenAsksAgain()
    {
        await using var world = await StartAtAsync(0);

        var replies = (await world.SendAsync("hạn sắp tới?")).AllText();

        Assert.Contains("Việc của Phòng Quản lý khoa học", replies);
        Assert.Contains("Bạn đăng ký danh hiệu nào?", replies);
        await CompleteFromAsync(world, 0);
    }

    [Fact]
    public async Task CancelTypedAsASentence_InTheMiddle_CancelsTheDialog()
    {
        await using var world = await StartAtAsync(1);

        Assert.Contains("Đã hủy đăng ký thi đua", (await world.SendAsync("hủy đăng ký")).AllText());
        Assert.Empty((await world.UserStateAsync()).Personal.Dialogs);
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
        Assert.Contains("Đã ghi nhận đăng ký thi đua", replies);
    }
}
