using System.Diagnostics;
using System.Globalization;
using EmulationBot.Reminders.Delivery;
using EmulationBot.Reminders.Journal;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Storage;
using EmulationBot.Time;
using Microsoft.Extensions.Options;

namespace EmulationBot.Benchmarks.Reminders;

/// <summary>
/// The reminders load run (not a BenchmarkDotNet benchmark): N people each owed one reminder, delivered by the real
/// scheduler through the real connector client to <see cref="MockTeamsService"/>, which enforces Teams' rate limits
/// and injects 429 and 5xx answers. Scenario "kill" runs two instances and kills the leader halfway.
/// Usage: <c>reminders [--people 10000] [--scenario normal|kill|both] [--inject429 0.01] [--inject502 0.01] [--inject500 0.005]</c>.
/// </summary>
public static class ReminderLoad
{
    private const double RateLimit = 50;

    public static async Task RunAsync(string[] args)
    {
        var options = Options(args);
        var people = int.Parse(options.GetValueOrDefault("people", "10000"), CultureInfo.InvariantCulture);
        var scenario = options.GetValueOrDefault("scenario", "both");
        Console.WriteLine($"Reminders load run: {people:N0} people each owed one reminder; Teams limits 50/s per app, 7/1 s · 8/2 s · 60/30 s per chat; {Environment.ProcessorCount} cores");
        foreach (var kill in scenario switch { "normal" => [false], "kill" => [true], _ => (bool[])[false, true] })
        {
            await RunScenarioAsync(people, kill, options);
        }
    }

    private static async Task RunScenarioAsync(int people, bool kill, Dictionary<string, string> options)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "Memory",
            ["Reminders:Scheduler:TickInterval"] = "00:00:02",
            ["Reminders:Scheduler:LeaseDuration"] = "00:00:15",
            ["Reminders:Scheduler:StandbyInterval"] = "00:00:03",
            ["Reminders:Scheduler:AttemptTimeout"] = "00:00:20",
            ["Reminders:Delivery:FailedRetryDelay"] = "00:00:03",
        };
        var clock = new ShiftedTimeProvider(LoadWorld.Now - TimeProvider.System.GetUtcNow());
        var storage = new MemoryStorage();
        var leases = new InProcessLeaseManager(clock);
        await LoadWorld.SeedAsync(storage, people, clock);
        var teams = new MockTeamsService(Rate(options, "inject429", 0.01), Rate(options, "inject502", 0.01), Rate(options, "inject500", 0.005), seed: 7);
        GC.Collect();

        Console.WriteLine();
        Console.WriteLine(kill ? "Scenario: two instances; the leader is killed halfway, the other takes over" : "Scenario: one instance");
        await using var memory = new MemorySampler();
        var started = Stopwatch.StartNew();
        await using var a = new LoadInstance("A", storage, leases, teams, clock, settings);
        await a.StartAsync();
        await a.Status.WaitForAsync(s => s.IsLeader);
        await using var b = kill ? new LoadInstance("B", storage, leases, teams, clock, settings) : null;
        if (b is not null) await b.StartAsync();

        TimeSpan? killedAt = null, takenOverAt = null, allDeliveredAt = null;
        long killedStamp = 0, takenOverStamp = 0;
        while (started.Elapsed < TimeSpan.FromMinutes(25))
        {
            await Task.Delay(250);
            if (b is not null && killedAt is null && teams.Delivered.Count >= people / 2)
            {
                a.Kill.Kill();
                killedAt = started.Elapsed;
                killedStamp = Stopwatch.GetTimestamp();
                Console.WriteLine($"  {killedAt.Value.TotalSeconds,6:0.0} s  killed instance A after {teams.Delivered.Count:N0} deliveries");
            }
            if (b is not null && takenOverAt is null && b.Status.IsLeader)
            {
                takenOverAt = started.Elapsed;
                takenOverStamp = Stopwatch.GetTimestamp();
                Console.WriteLine($"  {takenOverAt.Value.TotalSeconds,6:0.0} s  instance B holds the lease");
            }
            if (allDeliveredAt is null && teams.Delivered.Count >= people) allDeliveredAt = started.Elapsed;
            // After the last delivery, run on for longer than the attempt timeout, so that any resend would show.
            if (allDeliveredAt is { } done && started.Elapsed - done > TimeSpan.FromSeconds(30)) break;
        }
        var journal = await new DeliveryJournal(storage, Microsoft.Extensions.Options.Options.Create(new ReminderDeliveryOptions()))
            .LoadAsync(ReminderScopes.Occurrence("ke-hoach-thu-tai", "o1"), CancellationToken.None);
        Report(people, teams, journal, memory, started.Elapsed, allDeliveredAt);
        if (killedStamp > 0 && takenOverStamp > 0) ReportPhases(teams, killedStamp, takenOverStamp);
    }

    private static void Report(int people, MockTeamsService teams, Dictionary<string, JournalEntry> journal, MemorySampler memory, TimeSpan total, TimeSpan? allDeliveredAt)
    {
        var unique = teams.Delivered.Count;
        var duplicates = teams.Delivered.Where(d => d.Value > 1).Select(d => d.Key).ToList();
        var flagged = journal.Where(e => e.Value.Resent).Select(e => "a:" + e.Key).ToHashSet(StringComparer.Ordinal);
        var undetected = duplicates.Count(d => !flagged.Contains(d));
        var times = teams.DeliveredAt.Order().ToArray();
        var sending = times.Length > 1 ? Stopwatch.GetElapsedTime(times[0], times[^1]) : TimeSpan.Zero;
        var rate = sending.TotalSeconds > 0 ? (times.Length - 1) / sending.TotalSeconds : 0;
        Console.WriteLine($"  delivered {unique:N0} of {people:N0} (lost {people - unique:N0}); duplicates {duplicates.Count:N0} (flagged in the journal as resends: {duplicates.Count - undetected:N0}; undetected: {undetected:N0}); entries flagged resent: {flagged.Count:N0}");
        Console.WriteLine($"  journal: {journal.Values.Count(e => e.State == DeliveryState.Sent):N0} sent, {journal.Values.Count(e => e.State != DeliveryState.Sent):N0} other");
        Console.WriteLine($"  sending took {sending.TotalSeconds:0.0} s (first to last delivery): {rate:0.0} deliveries/s = {rate / RateLimit:P1} of the 50/s limit; all delivered after {allDeliveredAt?.TotalSeconds ?? double.NaN:0.0} s; run {total.TotalSeconds:0} s");
        Console.WriteLine($"  connector requests {teams.Requests:N0}: 429 for the rate limit {teams.RateLimited:N0}, injected 429 {teams.Injected429:N0}, injected 5xx {teams.Injected5xx:N0}");
        List<(double Seconds, long WorkingSet, long Heap)> samples;
        lock (memory.Samples) samples = [.. memory.Samples];
        if (samples.Count == 0) return;
        Console.WriteLine($"  working set MB: min {samples.Min(s => s.WorkingSet) / 1e6:0}, max {samples.Max(s => s.WorkingSet) / 1e6:0}; live heap MB: min {samples.Min(s => s.Heap) / 1e6:0}, max {samples.Max(s => s.Heap) / 1e6:0}");
        var step = Math.Max(1, samples.Count / 10);
        Console.WriteLine("  over the run (s: working set MB / live heap MB): " + string.Join("  ",
            samples.Where((_, i) => i % step == 0 || i == samples.Count - 1).Select(s => $"{s.Seconds:0}: {s.WorkingSet / 1e6:0}/{s.Heap / 1e6:0}")));
    }

    /// <summary>The delivery rate of the leader before it was killed and of the new leader after it took over (the gap between is the takeover).</summary>
    private static void ReportPhases(MockTeamsService teams, long killed, long takenOver)
    {
        var times = teams.DeliveredAt.Order().ToArray();
        static double PerSecond(long[] t) => t.Length > 1 ? (t.Length - 1) / Stopwatch.GetElapsedTime(t[0], t[^1]).TotalSeconds : 0;
        var before = times.Where(t => t <= killed).ToArray();
        var after = times.Where(t => t >= takenOver).ToArray();
        var gap = Stopwatch.GetElapsedTime(before.Length > 0 ? before[^1] : killed, after.Length > 0 ? after[0] : takenOver);
        Console.WriteLine($"  leader A before the kill: {PerSecond(before):0.0}/s = {PerSecond(before) / RateLimit:P1} of the limit; new leader B after taking over: {PerSecond(after):0.0}/s = {PerSecond(after) / RateLimit:P1}; no delivery for {gap.TotalSeconds:0.0} s in between (lease expiry)");
    }

    private static double Rate(Dictionary<string, string> options, string name, double fallback) =>
        options.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
        return options;
    }
}
