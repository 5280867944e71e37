using BenchmarkDotNet.Attributes;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Parsing;

namespace EmulationBot.Benchmarks;

/// <summary>Reading plans: the date reader on one sentence, on short user input, and a whole plan parsed.</summary>
[MemoryDiagnoser]
public class PlanReadingBenchmarks
{
    private const string Sentence =
        "Tiếp tục triển khai thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương; các đơn vị gửi báo cáo về Văn phòng Sở chậm nhất ngày 15/12/2023 và báo cáo sơ kết trong quý III/2023.";

    private static readonly DateReadOptions Input = DateReadOptions.ForInput(new DateOnly(2025, 3, 1));
    private string _plan = "";

    [GlobalSetup]
    public void Setup()
    {
        var sb = new System.Text.StringBuilder("Số: 12/KH-SKHCN\n\nHà Tĩnh, ngày 14 tháng 3 năm 2025\n\nKẾ HOẠCH\n\nThi đua năm 2025\n\nThực hiện Kế hoạch số 7/KH-UBND ngày 01/02/2025.\n\n");
        for (var roman = 1; roman <= 4; roman++)
        {
            sb.Append(new[] { "I", "II", "III", "IV" }[roman - 1]).Append(". PHẦN THỨ ").Append(roman).Append("\n\n");
            for (var item = 1; item <= 5; item++)
            {
                sb.Append(item).Append(". Văn phòng Sở\n\n");
                sb.Append("- ").Append(Sentence).Append("\n- Tổng hợp kết quả, hoàn thành trong tháng 11/2025.\n\n");
            }
        }
        _plan = sb.Append("Trên đây là Kế hoạch./.\n").ToString();
    }

    [Benchmark]
    public int FindAllInASentence() => VietnameseDateReader.FindAll(Sentence).Count;

    [Benchmark]
    public PlanDate? ReadShortInput() => VietnameseDateReader.Read("cuối tháng 11", Input);

    [Benchmark]
    public int ParseAPlanWith60Tasks() => PlanParser.ParseMarkdown(_plan).Plan.Obligations.Count;
}
