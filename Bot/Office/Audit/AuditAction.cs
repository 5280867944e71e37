namespace EmulationBot.Office.Audit;

/// <summary>What someone did, as the audit trail names it (stored by name, so new values can be added at the end or anywhere).</summary>
public enum AuditAction
{
    Published,
    Registered,
    Edited,
    Withdrew,
    Submitted,
    Approved,
    Returned,
    Forwarded,
    Reminded,
    Broadcast,
    Exported,
    RosterImported,
    UnitAdded,
    UnitRenamed,
    UnitRemoved,
    MemberSaved,
    MemberRemoved,
}
