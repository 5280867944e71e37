namespace EmulationBot.Office.Roster;

/// <summary>Something wrong in a roster file: the whole file (line 0) or one line, with the value at fault.</summary>
public sealed record RosterProblem(int Line, RosterProblemKind Kind, string Value = "");

public enum RosterProblemKind
{
    UnreadableFile,
    UnsupportedFile,
    MissingColumn,
    Empty,
    TooManyRows,
    MissingName,
    BadEmail,
    DuplicateEmail,
    UnknownUnit,
    BadRole,
    OwnRole,
}
