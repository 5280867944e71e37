using EmulationBot.Tests.Plans.Support;
using Xunit.Abstractions;

namespace EmulationBot.Tests.Plans.Parsing;

/// <remarks>Prints precision and recall over every plan the tests use; run with --logger "console;verbosity=detailed".</remarks>
public class ObligationMetricsTests(ITestOutputHelper output)
{
    [Fact]
    public void Extraction_OverEveryPlan_HasHighPrecisionAndRecall()
    {
        var total = new ExtractionScore(0, 0, 0, 0);
        var holdout = new ExtractionScore(0, 0, 0, 0);
        foreach (var entry in PlanCorpus.All())
        {
            var score = ExtractionScore.Of(PlanCorpus.Parse(entry).Obligations, entry.Gold);
            output.WriteLine($"{entry.Name,-45} {score}{(entry.Holdout ? "  (holdout)" : "")}");
            total += score;
            if (entry.Holdout) holdout += score;
        }
        output.WriteLine($"{"ALL",-45} {total}");
        if (holdout.Expected > 0) output.WriteLine($"{"HOLDOUT ONLY",-45} {holdout}");
        Assert.True(total.Precision >= 0.9, total.ToString());
        Assert.True(total.Recall >= 0.9, total.ToString());
    }
}
