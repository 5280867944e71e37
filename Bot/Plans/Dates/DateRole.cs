namespace EmulationBot.Plans.Dates;

/// <summary>What a date in a plan's text is, judged from its surroundings.</summary>
public enum DateRole
{
    /// <summary>A date the plan itself sets (a deadline when a <see cref="DateMarker"/> says so).</summary>
    Plain,

    /// <summary>The date of a cited legal document: "Nghị quyết số 20-NQ/TW ngày 01/11/2012".</summary>
    CitedDocument,

    /// <summary>Part of an anniversary: "(01/01/2004 - 01/01/2024)", "(16/6/1957- 16/6/2022)".</summary>
    Anniversary,

    /// <summary>A span of years that names a stage or a programme: "giai đoạn 2021 - 2025", "(2020 - 2025)".</summary>
    YearSpan,

    /// <summary>A horizon of a strategy: "đến năm 2030", "định hướng đến năm 2030".</summary>
    Horizon,
}
