namespace EmulationBot.Plans.Model;

/// <summary>
/// An emulation plan as the bot understood it: who issued it, what it is about, its sections (kept as written,
/// for answers that quote them) and the dated obligations the bot reminds people of.
/// </summary>
public sealed record Plan
{
    /// <summary>Stable slug ("quang-binh-kh-skhcn-2022-phat-dong-phong"); the same plan keeps it across revisions.</summary>
    public required string Id { get; init; }

    public required PlanIdentity Identity { get; init; }

    public required string Title { get; init; }

    public string? Theme { get; init; }

    public PlanPeriod? Period { get; init; }

    /// <summary>The section tree: the preamble, the numbered sections (I, II → 1, 2 → a, b) and the closing.</summary>
    public List<PlanSection> Sections { get; init; } = [];

    public List<string> ResponsibleUnits { get; init; } = [];

    public List<RewardRule> RewardRules { get; init; } = [];

    public List<Obligation> Obligations { get; init; } = [];

    /// <summary>Every section, depth first.</summary>
    public IEnumerable<PlanSection> AllSections() => Sections.SelectMany(s => s.SelfAndDescendants());

    public PlanSection? FindSection(string id) => AllSections().FirstOrDefault(s => s.Id == id);

    public Obligation? FindObligation(string id) => Obligations.FirstOrDefault(o => o.Id == id);
}
