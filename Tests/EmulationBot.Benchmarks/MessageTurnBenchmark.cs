using BenchmarkDotNet.Attributes;
using EmulationBot.Protocol;

namespace EmulationBot.Benchmarks;

/// <summary>
/// One message turn in local mode (Development, no app id, so no token check), in process: the real services,
/// adapter, middleware, state load and save, routing and the reply card, with replies going nowhere. Every
/// turn is measured on its own (1,000 of them, after 200 warm-up turns), so the Median column is the median turn.
/// </summary>
[Config(typeof(OneTurnPerMeasurement))]
public class MessageTurnBenchmark
{
    private InProcessBot _bot = null!;
    private int _nextId;

    /// <summary>File is the local default (a folder, atomic temp + rename writes); Memory shows the bot alone.</summary>
    [Params("File", "Memory")]
    public string Storage { get; set; } = "File";

    /// <summary>"tro giup" answers with the help card; "xyzzy" falls back to the polite suggestions.</summary>
    [Params("tro giup", "xyzzy")]
    public string Text { get; set; } = "tro giup";

    [GlobalSetup]
    public void Setup() => _bot = new InProcessBot(Storage);

    [GlobalCleanup]
    public void Cleanup() => _bot.Dispose();

    [Benchmark]
    public Task<TurnResult> MessageTurn() => _bot.Adapter.ProcessActivityAsync(Message(), CallerIdentity.Anonymous, CancellationToken.None);

    private Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Id = $"bench-{Interlocked.Increment(ref _nextId)}",
        Text = Text,
        ChannelId = "msteams",
        ServiceUrl = "http://127.0.0.1:56150/_connector",
        From = new ChannelAccount { Id = "29:bench-user", Name = "Nguyễn Văn An", AadObjectId = "00000000-0000-0000-0000-000000000001" },
        Recipient = new ChannelAccount { Id = "28:bench-bot", Name = "Trợ lý thi đua" },
        Conversation = new ConversationAccount { Id = "a:bench-chat", ConversationType = "personal", TenantId = "00000000-0000-0000-0000-0000000000aa" },
        Locale = "en-US",
    };
}
