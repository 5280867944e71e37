namespace EmulationBot.Commitments;

/// <summary>What the user wants to do with one of their registrations.</summary>
public enum ManageAction
{
    Edit,
    Withdraw,
}
