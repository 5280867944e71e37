namespace EmulationBot.Roles;

/// <summary>
/// What a person may see and do: their own data (employee), their unit's (unit head), or everything (the
/// department office). Kept on each person in the unit directory; <c>Roles:Office</c> in configuration also makes
/// someone office staff. <see cref="Units.PersonResolver"/> decides it for each turn.
/// </summary>
public enum Role
{
    Employee,
    UnitHead,

    /// <summary>The department office (Văn phòng Sở): publishes plans, manages units and roles, sees everyone's progress.</summary>
    Office,
}
