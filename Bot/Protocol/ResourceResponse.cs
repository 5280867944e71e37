namespace EmulationBot.Protocol;

/// <summary>The id the connector gives an activity it accepted.</summary>
public sealed record ResourceResponse(string? Id);
