namespace EmulationBot.Office.Organization;

/// <summary>How an edit of the directory went; everything but <see cref="Done"/> leaves the directory unchanged.</summary>
public enum EditOutcome
{
    Done,
    NameMissing,
    NameTooLong,
    DuplicateName,
    UnknownUnit,
    UnitNotEmpty,
    UnknownMember,
    BadEmail,
    DuplicateEmail,
    OwnRole,
    OwnEntry,
}

/// <summary>The outcome of an edit and what it concerned (the unit and person the next card shows).</summary>
public sealed record EditResult(EditOutcome Outcome, string? UnitId = null, string? MemberKey = null)
{
    /// <summary>The name as stored (spaces tidied), for the message that confirms the edit.</summary>
    public string? Name { get; init; }

    public bool Succeeded => Outcome == EditOutcome.Done;
}
