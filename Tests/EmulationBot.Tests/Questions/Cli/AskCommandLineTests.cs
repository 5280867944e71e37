using System.Text.Json;
using EmulationBot.Questions.Cli;
using EmulationBot.Tests.Questions.Support;

namespace EmulationBot.Tests.Questions.Cli;

public class AskCommandLineTests
{
    [Fact]
    public void Run_Question_PrintsTheAnswer()
    {
        var (code, output, _) = Run("ask", "--plans", TestPlans.Folder, "Phú Yên: hạn gửi bản đăng ký thi đua là khi nào?");
        Assert.Equal(0, code);
        Assert.Contains("Theo kế hoạch của Sở KHCN Phú Yên", output);
        Assert.Contains("10/3/2024", output);
        Assert.Contains("Mục IV.2", output);
    }

    [Fact]
    public void Run_Batch_OneJsonLinePerQuestion_InUtf8WithoutEscapes()
    {
        var questions = Path.Combine(Path.GetTempPath(), $"qa-{Guid.NewGuid():N}.json");
        File.WriteAllText(questions, """
            [
              {"id": "A1", "question": "Cao Bằng: ai theo dõi việc xây dựng mô hình?"},
              {"id": "A2", "question": "giá vé xem phim tối nay?"}
            ]
            """);
        try
        {
            var (code, output, _) = Run("ask", "--plans", TestPlans.Folder, "--batch", questions);
            Assert.Equal(0, code);
            Assert.DoesNotContain("\\u", output);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["A1", "A2"], lines.Select(l => l.GetProperty("id").GetString()));
            Assert.Contains("Phòng Quản lý khoa học", lines[0].GetProperty("answer").GetString());
            Assert.Equal("III.1", lines[0].GetProperty("section").GetString());
            Assert.Equal(TestPlans.CaoBang.Plan.Id, lines[0].GetProperty("plan").GetString());
            Assert.Contains("không đề cập", lines[1].GetProperty("answer").GetString());
            Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("section").ValueKind);
        }
        finally
        {
            File.Delete(questions);
        }
    }

    [Theory]
    [InlineData("ask")]
    [InlineData("ask", "--plans")]
    [InlineData("ask", "a question without plans")]
    public void Run_WrongUsage_ExplainsInBothLanguages(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains("Cách dùng", error);
        Assert.Contains("Usage", error);
    }

    [Fact]
    public void Run_MissingFolder_SaysSo()
    {
        var (code, _, error) = Run("ask", "--plans", Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()), "hạn nộp?");
        Assert.Equal(1, code);
        Assert.Contains("Không đọc được thư mục kế hoạch", error);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = AskCommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
