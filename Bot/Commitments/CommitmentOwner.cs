namespace EmulationBot.Commitments;

/// <summary>Who registered: the directory key and name, with the Teams ids taken from the activity (never from card data).</summary>
public sealed record CommitmentOwner(string Key, string Name, string TeamsUserId, string? AadObjectId);
