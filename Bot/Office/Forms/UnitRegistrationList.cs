namespace EmulationBot.Office.Forms;

/// <summary>The consolidated list of a unit's registrations under a plan (danh sách đăng ký thi đua của đơn vị).</summary>
public sealed record UnitRegistrationList
{
    public required string PlanTitle { get; init; }
    public string? PlanNumber { get; init; }
    public string? Province { get; init; }
    public int? Year { get; init; }
    public required string UnitName { get; init; }
    public string? UnitHeadName { get; init; }

    /// <summary>The unit's own (collective) registration, if it made one: the title aimed at.</summary>
    public string? CollectiveTitle { get; init; }

    public IReadOnlyList<UnitRegistrationLine> Lines { get; init; } = [];
}

/// <summary>One person's registration on the list.</summary>
public sealed record UnitRegistrationLine(string Name, string Title, IReadOnlyList<string> Targets, string? Pledge, string Status, string Number);
