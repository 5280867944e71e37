namespace EmulationBot.Office.Roster;

/// <summary>What applying one roster line does to the directory.</summary>
public sealed record RosterChange(RosterRow Row, RosterChangeKind Kind, string? MemberKey);

public enum RosterChangeKind { New, Updated, Unchanged }
