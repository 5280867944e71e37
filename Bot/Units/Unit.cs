namespace EmulationBot.Units;

/// <summary>A unit of the department (phòng, đơn vị trực thuộc, Văn phòng Sở) that people belong to and that owns obligations.</summary>
public sealed record Unit(string Id, string Name)
{
    /// <summary>Other names people and plans use for it, folded (e.g. "vp", "van phong so").</summary>
    public string[] Aliases { get; init; } = [];

    /// <summary>True for the office (Văn phòng Sở), the standing body of the emulation council.</summary>
    public bool IsOffice { get; init; }
}
