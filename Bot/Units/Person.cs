using EmulationBot.Roles;

namespace EmulationBot.Units;

/// <summary>The user of a turn as the domain sees them: directory entry (if any), unit and role — decided server-side.</summary>
public sealed record Person(string Key, string Name, Member? Member, Unit? Unit, Role Role)
{
    public bool IsOffice => Role == Role.Office;

    public bool IsUnitHead => Role == Role.UnitHead && Unit is not null;

    /// <summary>True when the office role comes from configuration (<c>Roles:Office</c>), which the bot cannot take away.</summary>
    public bool IsConfiguredOffice { get; init; }

    /// <summary>True when this person may see or act for <paramref name="unitId"/>: the office always, a unit head for their unit.</summary>
    public bool CanManageUnit(string? unitId) => Role == Role.Office || (Role == Role.UnitHead && unitId is not null && Unit?.Id == unitId);

    /// <summary>True for the office and unit heads: people who follow others' progress.</summary>
    public bool CanFollowProgress => IsOffice || IsUnitHead;
}
