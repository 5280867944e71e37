namespace EmulationBot.Deadlines;

/// <summary>Who must act on an obligation: every unit of the department, or the listed units.</summary>
public sealed record ObligationAudience(bool AllUnits, IReadOnlySet<string> UnitIds)
{
    public static ObligationAudience Nobody { get; } = new(false, new HashSet<string>());

    /// <summary>True when the unit must act; a user with no unit (none configured yet) only has the obligations of every unit.</summary>
    public bool Includes(string? unitId) => AllUnits || (unitId is not null && UnitIds.Contains(unitId));
}
