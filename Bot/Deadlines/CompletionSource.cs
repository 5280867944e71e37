namespace EmulationBot.Deadlines;

/// <summary>How an occurrence got done: by a report, or marked done by someone of the unit.</summary>
public enum CompletionSource
{
    /// <summary>A report was submitted for it.</summary>
    Report,

    /// <summary>Someone of the unit said it is done ("đã xong", from a reminder or the deadlines list).</summary>
    Marked,
}
