namespace EmulationBot.Units;

/// <summary>The user of a turn as the domain sees them: directory entry (if any), unit and role — decided server-side.</summary>
public sealed record Person(string Key, string Name, Member? Member, Unit? Unit, Role Role)
{
    public bool IsOffice => Role == Role.Office;

    /// <summary>True when this person may see or act for <paramref name="unitId"/>: the office always, a unit head for their unit.</summary>
    public bool CanManageUnit(string? unitId) => Role == Role.Office || (Role == Role.UnitHead && unitId is not null && Unit?.Id == unitId);
}
