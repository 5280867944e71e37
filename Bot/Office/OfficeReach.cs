using EmulationBot.Units;

namespace EmulationBot.Office;

/// <summary>Which units a person may follow: every unit for the office, their own for a unit head, none for an employee.</summary>
public static class OfficeReach
{
    public static IReadOnlyList<string> UnitIds(Person person, UnitDirectory directory) =>
        person.IsOffice ? [.. directory.Units.Select(u => u.Id)]
        : person.IsUnitHead ? [person.Unit!.Id]
        : [];
}
