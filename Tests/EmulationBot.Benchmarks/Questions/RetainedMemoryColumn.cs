using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EmulationBot.Benchmarks.Questions;

/// <summary>The heap an index of one plan keeps (see <see cref="IndexBenchmarks.RetainedBytesPerPlan"/>), measured once.</summary>
internal sealed class RetainedMemoryColumn : IColumn
{
    private readonly Lazy<long> _bytes = new(() => IndexBenchmarks.RetainedBytesPerPlan());

    public string Id => "IndexPerPlan";
    public string ColumnName => "Index/plan";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Size;
    public string Legend => "Heap retained by the question index of one plan (100 plans indexed, GC before and after)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => $"{_bytes.Value / 1024.0:0.0} KB";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
