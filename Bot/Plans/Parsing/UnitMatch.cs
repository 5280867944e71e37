namespace EmulationBot.Plans.Parsing;

/// <summary>The responsible units named at the start of a text, and where that naming ends.</summary>
/// <param name="Generic">"mỗi đơn vị", "các đơn vị": a unit the section's heading usually names better.</param>
internal sealed record UnitMatch(List<string> Units, int End, bool Generic);
