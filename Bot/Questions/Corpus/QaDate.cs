namespace EmulationBot.Questions.Corpus;

/// <summary>A date in a passage (position in its text) and what it belongs to.</summary>
public readonly record struct QaDate(int Start, int Length, QaDateRole Role, QaDatePrecision Precision = QaDatePrecision.Day)
{
    public int End => Start + Length;

    /// <summary>A date the plan itself sets, the answer to a "when" question about the plan.</summary>
    public bool IsOwn => Role is QaDateRole.Own or QaDateRole.Deadline;
}

/// <summary>How precise a date is, from the finest: a day, a month, a quarter, a year.</summary>
public enum QaDatePrecision
{
    Day,
    Month,
    Quarter,
    Year,
}

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
