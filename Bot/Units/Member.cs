namespace EmulationBot.Units;

/// <summary>A person in the directory: who they are in Teams/Entra, their unit and their role.</summary>
public sealed record Member
{
    /// <summary>Stable key: the Entra (AAD) object id when known, else the Teams user id.</summary>
    public required string Key { get; init; }

    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? AadObjectId { get; init; }

    /// <summary>The Teams user id (29:…) once the person has talked to the bot.</summary>
    public string? TeamsUserId { get; init; }

    public string? UnitId { get; init; }
    public Role Role { get; init; } = Role.Employee;
}

/// <summary>What a person may see and do: their own data, their unit's, or everything (the office).</summary>
public enum Role { Employee, UnitHead, Office }
