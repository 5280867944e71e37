using System.Text.Json;
using EmulationBot.Cli;
using EmulationBot.Tests.Plans.Support;

namespace EmulationBot.Tests.Cli;

public class PlanCommandLineTests
{
    [Fact]
    public void Extract_SampleMarkdown_PrintsIsoDatesPrecisionsAndUnescapedVietnamese()
    {
        var (code, output, error) = Run("plan", "extract", SamplePlans.Path(SamplePlans.HaTinh));
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.DoesNotContain("\\u", output);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("125/KH-SKHCN", root.GetProperty("number").GetString());
        Assert.Equal("Sở Khoa học và Công nghệ", root.GetProperty("issuer").GetString());
        Assert.Equal("Hà Tĩnh", root.GetProperty("province").GetString());
        Assert.Equal("2025-03-14", root.GetProperty("issued").GetString());
        Assert.Equal("2025-03-15", root.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal("2025-11-30", root.GetProperty("period").GetProperty("to").GetString());
        var obligations = root.GetProperty("obligations").EnumerateArray().ToList();
        Assert.Equal(11, obligations.Count);
        Assert.Equal(("2025-Q2", "quarter"), (obligations[1].GetProperty("due").GetString(), obligations[1].GetProperty("precision").GetString()));
        Assert.Equal(("2025-07", "month"), (obligations[2].GetProperty("due").GetString(), obligations[2].GetProperty("precision").GetString()));
        Assert.Equal("FREQ=MONTHLY;BYMONTHDAY=10", obligations[5].GetProperty("recurrence").GetString());
        Assert.Equal(JsonValueKind.Null, obligations[5].GetProperty("due").ValueKind);
        Assert.Equal(["Văn phòng Sở"], obligations[0].GetProperty("who").EnumerateArray().Select(w => w.GetString()));
        Assert.Contains("vào ngày 25/3/2025", obligations[0].GetProperty("source").GetString());
    }

    [RealPlanFact(RealPlans.QuangBinh)]
    public void Extract_RealQuangBinhPlan_PrintsTheFiveObligations()
    {
        var (code, output, _) = Run("plan", "extract", RealPlans.Path(RealPlans.QuangBinh)!);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2022-05", json.RootElement.GetProperty("issued").GetString());
        Assert.Equal(
            ["2022-05-30", "2022-10", "2022-11", "2022-05-30", "2022"],
            json.RootElement.GetProperty("obligations").EnumerateArray().Select(o => o.GetProperty("due").GetString()));
    }

    [Fact]
    public void Extract_WordFile_IsReadToo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"quangtri-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(path, SamplePlans.QuangTri());
        try
        {
            var (code, output, _) = Run("plan", "extract", path);
            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output);
            Assert.Equal("47/KH-SKHCN", json.RootElement.GetProperty("number").GetString());
            Assert.Contains(json.RootElement.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("due").GetString() == "2024-Q4");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Extract_MissingFile_ExitsNonZeroWithAMessageInBothLanguages()
    {
        var (code, output, error) = Run("plan", "extract", "/no/such/ke-hoach.docx");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("Không tìm thấy tệp", error);
        Assert.Contains("was not found", error);
    }

    [Fact]
    public void Extract_Pdf_ExitsNonZeroAndSaysWhichFormatsWork()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ke-hoach-{Guid.NewGuid():N}.pdf");
        File.WriteAllText(path, "%PDF-1.7");
        try
        {
            var (code, _, error) = Run("plan", "extract", path);
            Assert.Equal(1, code);
            Assert.Contains("PDF", error);
            Assert.Contains(".docx", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("plan", "explode", "x.md")]
    public void Run_WrongUsage_ExitsTwoWithUsage(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains("plan extract", error);
    }

    [Fact]
    public void EntryPoint_PlanCommand_RunsWithoutStartingTheWebHost()
    {
        var entry = typeof(Program).Assembly.EntryPoint!;
        var code = entry.Invoke(null, [new[] { "plan", "extract", "/no/such/file.md" }]);
        Assert.Equal(1, code);
    }

    [Fact]
    public void Sections_PrintsTheTreeWithIds()
    {
        var (code, output, _) = Run("plan", "sections", SamplePlans.Path(SamplePlans.NinhThuan));
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.EnumerateArray(), s => s.GetProperty("id").GetString() == "3");
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = PlanCommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
