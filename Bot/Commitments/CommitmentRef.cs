namespace EmulationBot.Commitments;

/// <summary>
/// A line of the user's own index of registrations, kept in their UserState: enough for "my commitments" and for
/// the duplicate check without reading any registration; the full record is read only to show details or change it.
/// </summary>
public sealed record CommitmentRef(string PlanId, string Number, string Key, CommitmentKind Kind, string TitleCode, DateTimeOffset RegisteredAt);
