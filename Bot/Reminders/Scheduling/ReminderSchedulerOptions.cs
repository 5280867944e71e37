namespace EmulationBot.Reminders.Scheduling;

/// <summary>Section <c>Reminders:Scheduler</c>: how the reminder scheduler runs and whom it can reach.</summary>
public sealed class ReminderSchedulerOptions
{
    public const string Section = "Reminders:Scheduler";

    /// <summary>Off, the bot sends no reminders or broadcasts (card buttons still work).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the instance holding the lease looks for due reminders and queued jobs.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The scheduler lease (15–60 s, Blob rules); renewed every third of it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often an instance without the lease tries to take it.</summary>
    public TimeSpan StandbyInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A message still "attempted" this long after it was recorded was interrupted (the sender died between recording
    /// and marking it): it is sent once more and flagged as a possible duplicate. Longer than any send can take.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After downtime, an occasion missed by more than this is not sent late (only the latest is ever sent).</summary>
    public TimeSpan CatchUpLimit { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The channel of the people's personal chats (user state is kept per channel).</summary>
    public string ChannelId { get; set; } = "msteams";

    /// <summary>Service URL for opening chats with people who never wrote to the bot, until one is learned from a chat.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Tenant for opening such chats; the bot's tenant (<c>MicrosoftAppTenantId</c>) when empty.</summary>
    public string? TenantId { get; set; }
}
