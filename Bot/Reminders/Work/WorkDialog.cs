namespace EmulationBot.Reminders.Work;

/// <summary>A dialog to start, with what it needs to open on the right obligation.</summary>
public sealed record WorkDialog(string DialogId, object? Options);
