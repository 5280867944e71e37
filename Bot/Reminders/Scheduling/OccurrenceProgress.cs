namespace EmulationBot.Reminders.Scheduling;

/// <summary>How far the scheduler got with one occurrence of an obligation.</summary>
public sealed class OccurrenceProgress
{
    /// <summary>The last occasion (index into the occurrence's schedule) handled; -1 before the first.</summary>
    public int DoneThrough { get; set; } = -1;

    /// <summary>When the scheduler must look again before the next occasion: a snooze, a retry, an attempt that may have been interrupted.</summary>
    public DateTimeOffset? LookAt { get; set; }

    /// <summary>Set by card actions (a snooze): the earliest time someone wants a message; cleared by the scheduler once seen.</summary>
    public DateTimeOffset? WakeAt { get; set; }

    /// <summary>The occurrence's due day, so that progress of long-past occurrences can be dropped.</summary>
    public DateOnly Due { get; set; }

    public DateTimeOffset? NextLook => WakeAt is null ? LookAt : LookAt is null || WakeAt < LookAt ? WakeAt : LookAt;
}
