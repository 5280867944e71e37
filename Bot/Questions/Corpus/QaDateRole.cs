namespace EmulationBot.Questions.Corpus;

/// <summary>What a date in a passage belongs to: the plan itself, or something the plan cites.</summary>
public enum QaDateRole
{
    /// <summary>A date the plan sets without a deadline word.</summary>
    Own,

    /// <summary>A date after "trước ngày", "hoàn thành trong", "chậm nhất", …</summary>
    Deadline,

    /// <summary>The date of a cited document: "Nghị quyết số 20-NQ/TW ngày 01/11/2012".</summary>
    CitedDocument,

    /// <summary>An anniversary: "(01/01/2004 - 01/01/2024)".</summary>
    Anniversary,

    /// <summary>A stage or programme: "giai đoạn 2021 - 2025".</summary>
    YearSpan,

    /// <summary>A strategy's horizon: "đến năm 2030".</summary>
    Horizon,
}
