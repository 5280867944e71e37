namespace EmulationBot.Reports;

/// <summary>Who submitted a report: directory key and name, with the Teams ids taken from the activity.</summary>
public sealed record Submitter(string Key, string Name, string TeamsUserId, string? AadObjectId);
