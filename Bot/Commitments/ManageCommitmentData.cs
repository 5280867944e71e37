namespace EmulationBot.Commitments;

/// <summary>The data of <see cref="ManageCommitmentDialog"/>: the action, the registration named (if any), and the record read.</summary>
public sealed class ManageCommitmentData
{
    public ManageAction Action { get; set; }
    public string? Number { get; set; }
    public string? Key { get; set; }
    public string? ETag { get; set; }
    public Commitment? Record { get; set; }
}
