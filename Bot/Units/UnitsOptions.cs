namespace EmulationBot.Units;

/// <summary>Section <c>Units</c>: units to create at start-up when they do not exist yet (demos, first deployment).</summary>
public sealed class UnitsOptions
{
    /// <summary>Unit names, e.g. "Văn phòng Sở"; a name containing "Văn phòng" marks the office.</summary>
    public List<string> Seed { get; set; } = [];
}
