namespace EmulationBot.Reminders.Escalation;

/// <summary>What "nhắc ngay" did: how many people will be reminded and when the messages go out.</summary>
public sealed record RemindNowResult(RemindNowStatus Status, int People = 0, DateTimeOffset SendsAt = default);

public enum RemindNowStatus { Queued, NobodyMissing, NotAllowed, NotFound }
