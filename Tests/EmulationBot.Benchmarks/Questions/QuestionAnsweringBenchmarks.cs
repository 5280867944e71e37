using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using EmulationBot.Questions.Answering;
using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Benchmarks.Questions;

/// <summary>
/// Answer latency over a corpus of 100 plans generated from the samples. Every answer is measured on its own
/// (2,000 per case after 200 warm-up answers), cycling through a dozen questions of every kind, so the P99 column is
/// the 99th percentile of single answers. "AcrossAllPlans" names no plan, so every one of the 100 plans is searched.
/// </summary>
[Config(typeof(OneAnswerPerMeasurement))]
[MemoryDiagnoser]
public class QuestionAnsweringBenchmarks
{
    private static readonly string[] Unnamed =
    [
        "Hạn gửi kế hoạch của đơn vị là khi nào?", "han nop bao cao tong ket", "ai theo dõi phong trào?", "khen thưởng theo tiêu chuẩn nào?",
        "what is the theme of the movement?", "Văn phòng Sở có vai trò gì?", "kế hoạch gửi đến những nơi nào", "giá vé xem phim tối nay?",
        "mục đích của phong trào là gì", "có bao nhiêu suất bằng khen?", "Cơ quan nào ban hành kế hoạch?", "thời gian phát động kéo dài đến khi nào",
    ];

    private static readonly string[] Named =
    [
        "{0}: hạn gửi kế hoạch của đơn vị là khi nào?", "bao cao tong ket cua {0} xong khi nao", "Ở {0}, ai báo cáo kết quả phong trào?",
        "{0} khẩu hiệu về chống dịch?", "Chủ đề phong trào ở {0} là gì?", "Lễ phát động ở {0} diễn ra hôm nào?",
    ];

    private QaCorpus _corpus = null!;
    private string[] _questions = [];
    private int _next;

    [Params(false, true)]
    public bool NamesAPlan { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = new QaCorpus(GeneratedPlans.Make(100));
        var provinces = _corpus.Indexes.Select(i => i.Plan.Province!).ToArray();
        _questions = NamesAPlan
            ? Enumerable.Range(0, 60).Select(i => string.Format(Named[i % Named.Length], provinces[(i * 7) % provinces.Length])).ToArray()
            : Unnamed;
    }

    [Benchmark]
    public AnswerKind Answer() => PlanAnswerer.Answer(_corpus, _questions[_next++ % _questions.Length]).Kind;

    private sealed class OneAnswerPerMeasurement : ManualConfig
    {
        public OneAnswerPerMeasurement()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(200).WithIterationCount(2000).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(new PercentileColumn(99));
        }
    }
}
