namespace EmulationBot.Reminders.Audience;

/// <summary>A person who still has to act (or is to be told): their directory key, name, unit and Teams identities.</summary>
public sealed record ReminderRecipient(string Key, string Name, string? UnitId, string? TeamsUserId, string? AadObjectId)
{
    public static ReminderRecipient From(Units.Member member) =>
        new(member.Key, member.Name, member.UnitId, member.TeamsUserId, member.AadObjectId);
}
