using System.Diagnostics;
using System.Text;
using EmulationBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace EmulationBot.Benchmarks;

/// <summary>
/// Reads and writes per second against a real store (Azurite via scripts/bench-storage.sh), at concurrency 1 and 16.
/// Usage: storage --connection "&lt;connection string&gt;" [--seconds 8] | storage --kind File --folder &lt;dir&gt;.
/// A write is a state save as a turn does it (If-Match the ETag of the previous write); a read is a cache-miss load.
/// </summary>
public static class StorageThroughput
{
    private const int KeysPerWorker = 50;

    public static async Task RunAsync(string[] args)
    {
        var options = Options(args);
        var seconds = int.Parse(options.GetValueOrDefault("seconds", "8"));
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Kind"] = options.GetValueOrDefault("kind", "Blob"),
            ["Storage:ConnectionString"] = options.GetValueOrDefault("connection"),
            ["Storage:Container"] = "bench-" + Guid.NewGuid().ToString("N")[..12],
            ["Storage:Folder"] = options.GetValueOrDefault("folder", Path.Combine(Path.GetTempPath(), "ebbench-" + Guid.NewGuid().ToString("N"))),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        services.AddStateStorage(configuration, new HostingEnvironment { ContentRootPath = Environment.CurrentDirectory, EnvironmentName = Environments.Production });
        await using var provider = services.BuildServiceProvider();
        var storage = provider.GetRequiredService<IStorage>();
        var value = UserStateLike();

        Console.WriteLine($"Store: {settings["Storage:Kind"]}; value {value.Length} bytes; {seconds} s per run, after a 2 s warm-up; {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"operation",-10} {"conc.",5} {"ops",8} {"ops/s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
        foreach (var concurrency in new[] { 1, 16 })
        {
            var eTags = await SeedAsync(storage, concurrency, value);
            foreach (var operation in new[] { "write", "read" })
            {
                await MeasureAsync(storage, operation, concurrency, value, eTags, TimeSpan.FromSeconds(2));
                var (ops, latencies, elapsed) = await MeasureAsync(storage, operation, concurrency, value, eTags, TimeSpan.FromSeconds(seconds));
                latencies.Sort();
                Console.WriteLine($"{operation,-10} {concurrency,5} {ops,8} {ops / elapsed.TotalSeconds,9:0} {Pct(latencies, 0.50),8:0.0} {Pct(latencies, 0.95),8:0.0} {Pct(latencies, 0.99),8:0.0}");
            }
        }
    }

    private static async Task<string[][]> SeedAsync(IStorage storage, int workers, byte[] value)
    {
        var eTags = new string[workers][];
        for (var w = 0; w < workers; w++)
        {
            eTags[w] = new string[KeysPerWorker];
            for (var i = 0; i < KeysPerWorker; i++) eTags[w][i] = await storage.WriteAsync(Key(workers, w, i), value, ETagRule.Any);
        }
        return eTags;
    }

    private static async Task<(long Ops, List<double> Latencies, TimeSpan Elapsed)> MeasureAsync(IStorage storage, string operation, int workers,
        byte[] value, string[][] eTags, TimeSpan duration)
    {
        var latencies = new List<double>[workers];
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(4096);
            for (var n = 0; total.Elapsed < duration; n++)
            {
                var i = n % KeysPerWorker;
                var started = Stopwatch.GetTimestamp();
                if (operation == "write") eTags[w][i] = await storage.WriteAsync(Key(workers, w, i), value, eTags[w][i]);
                else _ = await storage.ReadAsync(Key(workers, w, i)) ?? throw new InvalidOperationException("A seeded key is missing.");
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        var all = latencies.SelectMany(l => l).ToList();
        return (all.Count, all, total.Elapsed);
    }

    private static string Key(int workers, int worker, int i) => $"users/msteams/29:bench-c{workers}-w{worker}-{i}";

    private static double Pct(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    /// <summary>About the size of a real user's state document: profile, reference, a dialog in progress.</summary>
    private static byte[] UserStateLike()
    {
        var sb = new StringBuilder("{\"name\":\"Nguyễn Văn An\",\"tenantId\":\"00000000-0000-0000-0000-0000000000aa\",\"personal\":{\"dialogs\":[");
        for (var i = 0; i < 12; i++) sb.Append($"{{\"id\":\"commitment-{i}\",\"step\":{i},\"note\":\"Đăng ký thi đua hoàn thành báo cáo quý {i % 4 + 1}\"}},");
        sb.Length--;
        sb.Append("]}}");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
        return options;
    }
}
