using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions.Retrieval;

/// <summary>The published plans, each with its index, and the ways questions name them. Immutable: a new set of plans builds a new corpus.</summary>
public sealed class QaCorpus
{
    public QaCorpus(IEnumerable<QaPlan> plans)
    {
        Indexes = plans.Select(p => PlanIndex.Build(PlanFacts.With(p))).ToList();
        Aliases = new PlanAliases(Indexes.Select(i => i.Plan));
    }

    public static QaCorpus Empty { get; } = new([]);

    public IReadOnlyList<PlanIndex> Indexes { get; }

    public PlanAliases Aliases { get; }

    public PlanIndex? Find(string? planId) => planId is null ? null : Indexes.FirstOrDefault(i => i.Plan.Id == planId);
}
