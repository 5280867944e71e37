namespace EmulationBot.Office.Exports;

/// <summary>A file the bot made for download: its name as the user sees it, its type, who made it and when.</summary>
public sealed record ExportFile
{
    public required string Id { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required long Size { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public string? PlanId { get; init; }

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Csv = "text/csv; charset=utf-8";
}
