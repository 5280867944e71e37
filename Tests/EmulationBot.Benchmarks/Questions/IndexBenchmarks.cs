using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Benchmarks.Questions;

/// <summary>
/// Indexing plans for questions: the time and allocations to index one plan, and (column "Index/plan") the memory
/// an index keeps per plan — the heap retained by 100 indexes over the plans themselves, divided by 100.
/// </summary>
[Config(typeof(WithRetainedMemory))]
[MemoryDiagnoser]
public class IndexBenchmarks
{
    private QaPlan _plan = null!;

    [GlobalSetup]
    public void Setup() => _plan = PlanFacts.With(GeneratedPlans.Make(1)[0]);

    [Benchmark]
    public int IndexOnePlan() => PlanIndex.Build(_plan).Segments.Count;

    /// <summary>Measured in the host process, with the garbage collected before and after.</summary>
    public static long RetainedBytesPerPlan(int plans = 100)
    {
        var source = GeneratedPlans.Make(plans).Select(PlanFacts.With).ToList();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var indexes = source.Select(PlanIndex.Build).ToList();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(indexes);
        GC.KeepAlive(source);
        return (after - before) / plans;
    }

    private sealed class WithRetainedMemory : ManualConfig
    {
        public WithRetainedMemory() => AddColumn(new RetainedMemoryColumn());
    }
}
