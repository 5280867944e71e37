namespace EmulationBot.Plans.Dates;

/// <summary>The ways <see cref="VietnameseDatePrinter"/> writes a date.</summary>
public enum DateStyle
{
    /// <summary>How the bot shows dates: "30/05/2022", "tháng 10/2022", "quý III/2025", "năm 2022".</summary>
    Short,

    /// <summary>As a plan writes them: "ngày 30 tháng 5 năm 2022", "tháng 10 năm 2022", "quý 3 năm 2025".</summary>
    Words,

    /// <summary>As users type: "ngay 30/5/2022", "thang 10/2022", "quy 3/2025", "nam 2022".</summary>
    NoDiacritics,

    /// <summary>"2022-05-30", "2022-10", "2025-Q3", "2022".</summary>
    Iso,

    /// <summary>"30 May 2022", "October 2022", "Q3 2025", "2022".</summary>
    English,
}
