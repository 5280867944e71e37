using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Store;

/// <summary>An obligation found by id, possibly in an older revision (a registration may refer to one since dropped).</summary>
public sealed record ObligationLookup(Obligation Obligation, int Revision, bool IsCurrent);
