using EmulationBot.Plans;
using EmulationBot.Plans.Ingestion;
using EmulationBot.Plans.Model;
using Microsoft.Extensions.Options;

namespace EmulationBot.Tests.Plans.Support;

/// <summary>Every plan the tests use, with the obligations it really contains (real plans only where present).</summary>
internal static class PlanCorpus
{
    public sealed record Entry(string Name, Func<byte[]> Bytes, GoldObligation[] Gold, bool Holdout = false);

    public static IEnumerable<Entry> All()
    {
        if (RealPlans.Path(RealPlans.DakNong) is not null) yield return new(RealPlans.DakNong, () => RealPlans.Bytes(RealPlans.DakNong), PlanGold.DakNong);
        if (RealPlans.Path(RealPlans.QuangBinh) is not null) yield return new(RealPlans.QuangBinh, () => RealPlans.Bytes(RealPlans.QuangBinh), PlanGold.QuangBinh);
        yield return new(SamplePlans.HaTinh, () => SamplePlans.Bytes(SamplePlans.HaTinh), PlanGold.HaTinh);
        yield return new(SamplePlans.NinhThuan, () => SamplePlans.Bytes(SamplePlans.NinhThuan), PlanGold.NinhThuan);
        yield return new(SamplePlans.QuangTriDocx, SamplePlans.QuangTri, PlanGold.QuangTri);
        foreach (var holdout in HoldoutGold.All) yield return holdout;
    }

    public static Plan Parse(string name, byte[] bytes)
    {
        var result = new PlanIngestor(Options.Create(new PlanOptions())).Ingest(name, bytes);
        return result.Plan ?? throw new InvalidOperationException($"{name} was not read as a plan: {result.Error}");
    }

    public static Plan Parse(Entry entry) => Parse(entry.Name, entry.Bytes());
}
