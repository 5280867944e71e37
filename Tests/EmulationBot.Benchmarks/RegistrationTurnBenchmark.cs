using BenchmarkDotNet.Attributes;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;
using EmulationBot.Plans.Store;
using EmulationBot.Protocol;

namespace EmulationBot.Benchmarks;

/// <summary>
/// The registration happy path, in process, turn by turn: "đăng ký", the title, the targets, "bỏ qua", "xác nhận"
/// (the last answered with the receipt card), each conversation by a new user with one published plan, as the
/// issue-10 workload does. Every turn is measured on its own (1,000 turns = 200 registrations, after 200 warm-up
/// turns), so the Median column is the median turn of the flow; replies go nowhere.
/// </summary>
[Config(typeof(OneTurnPerMeasurement))]
public class RegistrationTurnBenchmark
{
    private static readonly string[] Script = ["đăng ký", "Lao động tiên tiến", "Hoàn thành 100% nhiệm vụ được giao; Không có văn bản trễ hạn", "bỏ qua", "xác nhận"];
    private InProcessBot _bot = null!;
    private int _turn;

    [Params("File", "Memory")]
    public string Storage { get; set; } = "File";

    [GlobalSetup]
    public void Setup()
    {
        _bot = new InProcessBot(Storage);
        _bot.Get<PlanPublisher>().PublishAsync(OpenPlan(), "bench", "bench", CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _bot.Dispose();

    [Benchmark]
    public Task<TurnResult> RegistrationTurn()
    {
        var n = _turn++;
        return _bot.Adapter.ProcessActivityAsync(Message(n / Script.Length, Script[n % Script.Length]), CallerIdentity.Anonymous, CancellationToken.None);
    }

    private static Activity Message(int user, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        ChannelId = "msteams",
        ServiceUrl = "http://127.0.0.1:56150/_connector",
        From = new ChannelAccount { Id = $"29:bench-user-{user}", Name = "Nguyễn Văn An", AadObjectId = $"00000000-0000-0000-0000-{user:D12}" },
        Recipient = new ChannelAccount { Id = "28:bench-bot", Name = "Trợ lý thi đua" },
        Conversation = new ConversationAccount { Id = $"a:bench-chat-{user}", ConversationType = "personal", TenantId = "00000000-0000-0000-0000-0000000000aa" },
        Locale = "vi-VN",
    };

    private static Plan OpenPlan() => new()
    {
        Id = "ke-hoach-thi-dua-bench",
        Identity = new PlanIdentity { Number = "1/KH-SKHCN", Province = "Quảng Bình", Issued = PlanDate.InYear(2025) },
        Title = "Kế hoạch tổ chức phong trào thi đua",
        Period = new PlanPeriod { From = PlanDate.InYear(2025), To = PlanDate.InYear(2199) },
        Obligations = [new Obligation { Id = "", What = "Các phòng, đơn vị đăng ký thi đua gửi về Văn phòng Sở", Who = ["các phòng, đơn vị"], Due = PlanDate.InYear(2199) }],
    };
}
