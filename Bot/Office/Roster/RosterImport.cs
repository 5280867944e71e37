namespace EmulationBot.Office.Roster;

/// <summary>
/// A roster file read and checked, waiting for the office to apply it: its lines (kept to check them again if the
/// directory changes before it is applied) and the directory version the preview was made against.
/// </summary>
public sealed record RosterImport
{
    public required string Id { get; init; }
    public required string ByKey { get; init; }
    public required string FileName { get; init; }
    public DateTimeOffset At { get; init; }

    /// <summary>The ETag of the directory the preview showed changes to; null when there was no directory yet.</summary>
    public string? DirectoryETag { get; init; }

    public List<RosterLine> Lines { get; init; } = [];
    public Dictionary<RosterColumn, int> Columns { get; init; } = [];
}

/// <summary>One data line of the file as read, with its line number.</summary>
public sealed record RosterLine(int Line, string[] Fields);
