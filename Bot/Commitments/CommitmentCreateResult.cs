namespace EmulationBot.Commitments;

/// <summary>What creating a registration did: saved it, or found another registration of the same title.</summary>
public sealed record CommitmentCreateResult(Commitment? Saved, Commitment? Duplicate);
