namespace EmulationBot.Questions.Corpus;

/// <summary>A date in a passage (position in its text) and what it belongs to.</summary>
public readonly record struct QaDate(int Start, int Length, QaDateRole Role, QaDatePrecision Precision = QaDatePrecision.Day)
{
    public int End => Start + Length;

    /// <summary>A date the plan itself sets, the answer to a "when" question about the plan.</summary>
    public bool IsOwn => Role is QaDateRole.Own or QaDateRole.Deadline;
}
