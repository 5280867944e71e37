namespace EmulationBot.Office.Roster;

/// <summary>What pressing "apply" on a roster preview did.</summary>
public enum RosterOutcome
{
    /// <summary>The directory now holds the file's people.</summary>
    Applied,

    /// <summary>Someone changed the directory after the preview: nothing was written, and a new preview is shown.</summary>
    DirectoryChanged,

    /// <summary>The preview was applied already, has expired, or never existed.</summary>
    Gone,
}
