using EmulationBot.Deadlines;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Plans.Dates;

namespace EmulationBot.Reports;

/// <summary>The report dialog's data: the obligation occurrence chosen, the summary, the files, and what to say when asking again.</summary>
public sealed class ReportDraft
{
    public string? PlanId { get; set; }
    public string? PlanTitle { get; set; }

    /// <summary>Named by the button that started the dialog (the deadlines list, a reminder); used when they fit the user's unit.</summary>
    public string? PresetPlanId { get; set; }
    public string? PresetOccurrence { get; set; }

    public string? UnitId { get; set; }
    public string? UnitName { get; set; }
    public string? OccurrenceKey { get; set; }
    public string? ObligationId { get; set; }
    public string? What { get; set; }
    public PlanDate? Due { get; set; }
    public ObligationKind Kind { get; set; }

    public string? Summary { get; set; }
    public bool SummaryTooShort { get; set; }
    public List<FileAnswer> Files { get; set; } = [];

    /// <summary>Why the files were refused at submission (a Strings key and the file's name), to say when asking again.</summary>
    public string? FileProblem { get; set; }
    public string? FileProblemName { get; set; }

    /// <summary>The part chosen on the review card's "Sửa"; the other questions are skipped.</summary>
    public string? Revise { get; set; }

    /// <summary>Chosen when the review card is first shown, so that a turn that runs twice submits once.</summary>
    public string? SubmissionId { get; set; }
}
