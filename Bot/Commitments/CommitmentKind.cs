namespace EmulationBot.Commitments;

/// <summary>Who a registration is for: the person (cá nhân), or their unit as a collective (tập thể), registered by its head.</summary>
public enum CommitmentKind
{
    Individual,
    Collective,
}
