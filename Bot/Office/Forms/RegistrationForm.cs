namespace EmulationBot.Office.Forms;

/// <summary>What the official registration form (bản đăng ký thi đua) shows for one registration.</summary>
public sealed record RegistrationForm
{
    public required string Number { get; init; }
    public required string PlanTitle { get; init; }
    public string? PlanNumber { get; init; }

    /// <summary>The province, for the "…, ngày … tháng … năm …" line; left blank to be written by hand when unknown.</summary>
    public string? Province { get; init; }

    public int? Year { get; init; }
    public required bool Collective { get; init; }

    /// <summary>The person who registered (for a collective one, the unit head who registered the unit).</summary>
    public required string RegistrantName { get; init; }

    public string? Email { get; init; }
    public string? UnitName { get; init; }
    public required string TitleName { get; init; }
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>"Sáng kiến" or "Điển hình", with what it is about.</summary>
    public string? PledgeLabel { get; init; }
    public string? PledgeText { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }
    public required string Status { get; init; }
}
