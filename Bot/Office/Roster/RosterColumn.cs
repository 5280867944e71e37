namespace EmulationBot.Office.Roster;

/// <summary>The columns a roster file needs (name, e-mail, unit) and may have (role).</summary>
public enum RosterColumn { Name, Email, Unit, Role }
