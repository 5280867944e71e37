namespace EmulationBot.Reminders.Actions;

/// <summary>The Action.Execute verbs of the reminder, escalation and broadcast cards.</summary>
public static class ReminderVerbs
{
    public const string Start = "reminder.start";
    public const string Done = "reminder.done";
    public const string Snooze = "reminder.snooze";
    public const string Mute = "reminder.mute";
    public const string Unmute = "reminder.unmute";
    public const string RemindNow = "reminder.remindNow";
    public const string Acknowledge = "broadcast.ack";
    public const string Summary = "broadcast.summary";
}
