using EmulationBot.Commitments;
using EmulationBot.Units;

namespace EmulationBot.Office.Review;

/// <summary>
/// Who decides what: a unit head approves or returns the individual registrations of their unit; the office the
/// units' collective registrations and the units' reports — and the individual registrations of a unit that has no
/// head yet, so that nothing waits forever. Anyone who may follow a unit sees its items.
/// </summary>
public static class ReviewRules
{
    public static bool MayDecide(Person person, Commitment commitment, UnitDirectory directory) =>
        commitment.Kind == CommitmentKind.Collective
            ? person.IsOffice
            : (person.IsUnitHead && commitment.UnitId == person.Unit!.Id) || (person.IsOffice && !HasHead(directory, commitment.UnitId));

    public static bool MayDecideReport(Person person) => person.IsOffice;

    public static bool MaySee(Person person, string? unitId) => person.IsOffice || (unitId is not null && person.CanManageUnit(unitId));

    private static bool HasHead(UnitDirectory directory, string? unitId) =>
        unitId is not null && directory.MembersOf(unitId).Any(m => m.Role == Roles.Role.UnitHead);
}
